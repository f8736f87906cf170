SELECT d.id, d.kind, d.number, d.issuer_text AS issuerText, d.date, d.title,
  (SELECT dst FROM edge WHERE type = 'ISSUED_BY' AND src = d.id LIMIT 1) AS issuerId
FROM directive d WHERE d.id IN (SELECT value FROM json_each(:ids))
