SELECT e.id AS edgeId, e.type, e.src AS personId, e.dst AS meetingId,
  v.article_id AS articleId, v.quote, v.seen, v.status AS evidenceStatus, v.roles
FROM edge e
JOIN meeting m ON m.id = e.dst
JOIN evidence v ON v.edge_id = e.id
WHERE e.type IN ('CHAIRED', 'ATTENDED') AND e.src IN (SELECT value FROM json_each(:ids))
ORDER BY coalesce(m.date, '') DESC, m.id, e.id, v.id
