-- {{KEY}}, {{AFTER}} and {{DIRECTION}} are the order's sort key, comparison and direction (orders.ts).
-- A directive's province is the place in its id (its issuer's, see identity.ts).
SELECT d.id, d.kind, d.number, d.issuer_text AS issuerText, d.date, d.title,
  (SELECT dst FROM edge WHERE type = 'ISSUED_BY' AND src = d.id LIMIT 1) AS issuerId,
  {{KEY}} AS sortKey
FROM directive d
WHERE true
  AND instr(d.folded, :number) > 0
  AND instr(d.folded, :title) > 0
  AND d.kind = :kind
  AND d.id >= 'directive/' || :province || '/' AND d.id < 'directive/' || :province || '0'
  AND d.id IN (SELECT e.src FROM organization o JOIN edge e ON e.type = 'ISSUED_BY' AND e.dst = o.id WHERE instr(o.folded, :issuer) > 0)
  AND d.date >= :fromYear
  AND d.date < :toYear AND d.date >= '0'
  AND {{KEY}} {{AFTER}}= :afterKey AND ({{KEY}} {{AFTER}} :afterKey OR d.id > :afterId)
ORDER BY sortKey {{DIRECTION}}, d.id
LIMIT :limit OFFSET :offset
