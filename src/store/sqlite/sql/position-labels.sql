SELECT pos.id, pos.title || ' ' || o.name AS label
FROM position pos JOIN organization o ON o.id = pos.organization_id
WHERE pos.id IN (SELECT value FROM json_each(:ids))
