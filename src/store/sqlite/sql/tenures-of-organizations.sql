-- In stored order (relationship, then evidence): sorted by evidence.ts, cheaper than by SQLite's temporary b-tree of whole rows.
SELECT e.id AS edgeId, e.src AS personId, pos.id AS positionId, pos.title, pos.organization_id AS organizationId,
  v.id AS evidenceId, v.article_id AS articleId, v.quote, v.seen, v.status AS evidenceStatus, v.roles
FROM position pos
JOIN edge e ON e.type = 'HOLDS' AND e.dst = pos.id
JOIN evidence v ON v.edge_id = e.id
WHERE pos.organization_id IN (SELECT value FROM json_each(:ids))
