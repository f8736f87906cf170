SELECT d.id, d.kind, d.number, d.issuer_text AS issuerText, d.date, d.title,
  (SELECT dst FROM edge WHERE type = 'ISSUED_BY' AND src = d.id LIMIT 1) AS issuerId
FROM directive d
WHERE true
  AND instr(d.folded, :number) > 0
  AND d.kind = :kind
ORDER BY coalesce(d.date, '') DESC, d.id
LIMIT :limit OFFSET :offset
