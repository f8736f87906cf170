SELECT o.id, o.name, o.kind, o.level, o.branch,
  (SELECT dst FROM edge WHERE type = 'LOCATED_IN' AND src = o.id LIMIT 1) AS localityId,
  (SELECT dst FROM edge WHERE type = 'PART_OF' AND src = o.id LIMIT 1) AS parentId
FROM organization o WHERE o.id IN (SELECT value FROM json_each(:ids))
