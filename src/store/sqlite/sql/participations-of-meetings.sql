-- In stored order (relationship, then evidence): sorted by evidence.ts, cheaper than by SQLite's temporary b-tree of whole rows.
SELECT e.id AS edgeId, e.type, e.src AS personId, e.dst AS meetingId,
  v.id AS evidenceId, v.article_id AS articleId, v.quote, v.seen, v.status AS evidenceStatus, v.roles
FROM edge e
JOIN evidence v ON v.edge_id = e.id
WHERE e.type IN ('CHAIRED', 'ATTENDED') AND e.dst IN (SELECT value FROM json_each(:ids))
