-- Candidate tenures; the title/body split and the as-of rule are applied in src/store/holders.ts.
-- In stored order (relationship, then evidence): sorted by evidence.ts, cheaper than by SQLite's temporary b-tree of whole rows.
SELECT e.id AS edgeId, e.src AS personId, pos.id AS positionId, pos.title, pos.folded AS titleKey,
  o.id AS organizationId, o.folded AS organizationKey,
  v.id AS evidenceId, v.article_id AS articleId, v.quote, v.seen, v.status AS evidenceStatus, v.roles
FROM position pos
JOIN organization o ON o.id = pos.organization_id
JOIN edge e ON e.type = 'HOLDS' AND e.dst = pos.id
JOIN evidence v ON v.edge_id = e.id
WHERE pos.folded IN (SELECT value FROM json_each(:titles))
  AND o.province_key = :province
