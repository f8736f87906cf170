-- In stored order (relationship, then evidence): sorted by evidence.ts, cheaper than by SQLite's temporary b-tree of whole rows.
SELECT e.id AS edgeId, e.src AS personId, pos.id AS positionId, pos.title, pos.organization_id AS organizationId,
  v.id AS evidenceId, v.article_id AS articleId, v.quote, v.seen, v.status AS evidenceStatus, v.roles
FROM edge e
JOIN position pos ON pos.id = e.dst
JOIN evidence v ON v.edge_id = e.id
WHERE e.type = 'HOLDS' AND e.dst IN (SELECT value FROM json_each(:ids))
