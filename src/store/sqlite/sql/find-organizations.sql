SELECT o.id, o.name, o.kind, o.level, o.branch,
  (SELECT dst FROM edge WHERE type = 'LOCATED_IN' AND src = o.id LIMIT 1) AS localityId,
  (SELECT dst FROM edge WHERE type = 'PART_OF' AND src = o.id LIMIT 1) AS parentId
FROM organization o
WHERE true
  AND instr(o.folded, :name) > 0
  AND o.province_key = :province
  AND o.kind = :kind
  AND o.level = :level
ORDER BY o.folded, o.id
LIMIT :limit OFFSET :offset
