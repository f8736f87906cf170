-- The articles that name a directive (REFERENCES from an article, not from a meeting).
SELECT e.dst AS ownerId, v.article_id AS articleId, v.quote
FROM edge e JOIN article a ON a.id = e.src JOIN evidence v ON v.edge_id = e.id
WHERE e.type = 'REFERENCES' AND e.dst IN (SELECT value FROM json_each(:ids))
ORDER BY e.id, v.id
