-- dates: when each attesting article saw the title held (JSON list).
SELECT p.id AS personId, p.name AS personName, o.id AS organizationId, o.name AS organizationName, o.kind, o.level,
  (SELECT count(*) FROM evidence WHERE edge_id = e.id) AS sourceCount,
  (SELECT json_group_array(seen) FROM evidence WHERE edge_id = e.id) AS dates
FROM organization o
JOIN position pos ON pos.organization_id = o.id
JOIN edge e ON e.type = 'HOLDS' AND e.dst = pos.id
JOIN person p ON p.id = e.src
WHERE o.province_key IN (SELECT value FROM json_each(:provinces))
  AND o.kind IN (SELECT value FROM json_each(:kinds))
  AND o.level IN (SELECT value FROM json_each(:levels))
