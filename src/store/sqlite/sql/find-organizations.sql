-- {{KEY}}, {{AFTER}} and {{DIRECTION}} are the order's sort key, comparison and direction (orders.ts).
SELECT o.id, o.name, o.kind, o.level, o.branch,
  (SELECT dst FROM edge WHERE type = 'LOCATED_IN' AND src = o.id LIMIT 1) AS localityId,
  (SELECT dst FROM edge WHERE type = 'PART_OF' AND src = o.id LIMIT 1) AS parentId,
  {{KEY}} AS sortKey
FROM organization o
WHERE true
  AND instr(o.folded, :name) > 0
  AND o.province_key = :province
  AND o.kind = :kind
  AND o.level = :level
  AND {{KEY}} {{AFTER}}= :afterKey AND ({{KEY}} {{AFTER}} :afterKey OR o.id > :afterId)
ORDER BY sortKey {{DIRECTION}}, o.id
LIMIT :limit OFFSET :offset
