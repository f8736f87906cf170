-- {{KEY}}, {{AFTER}} and {{DIRECTION}} are the order's sort key, comparison and direction (orders.ts).
SELECT d.id, d.kind, d.number, d.issuer_text AS issuerText, d.date, d.title,
  (SELECT dst FROM edge WHERE type = 'ISSUED_BY' AND src = d.id LIMIT 1) AS issuerId,
  {{KEY}} AS sortKey
FROM directive d
WHERE true
  AND instr(d.folded, :number) > 0
  AND d.kind = :kind
  AND {{KEY}} {{AFTER}}= :afterKey AND ({{KEY}} {{AFTER}} :afterKey OR d.id > :afterId)
ORDER BY sortKey {{DIRECTION}}, d.id
LIMIT :limit OFFSET :offset
