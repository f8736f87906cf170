SELECT e.src AS ownerId, v.article_id AS articleId, v.quote
FROM edge e JOIN evidence v ON v.edge_id = e.id
WHERE e.type = 'REPORTED_IN' AND e.src IN (SELECT value FROM json_each(:ids))
ORDER BY e.id, v.id
