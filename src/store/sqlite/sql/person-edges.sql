-- What a merge moves from a person: its relationships with every article's evidence, and whether
-- the person kept already had that article's evidence for the same relationship.
SELECT d.type, d.dst, v.article_id AS articleId, v.quote, v.seen, v.status, v.roles,
  EXISTS (SELECT 1 FROM edge k JOIN evidence kv ON kv.edge_id = k.id
          WHERE k.type = d.type AND k.src = :keepId AND k.dst = d.dst AND kv.article_id = v.article_id) AS kept
FROM edge d
JOIN evidence v ON v.edge_id = d.id
WHERE d.type IN ('HOLDS', 'CHAIRED', 'ATTENDED') AND d.src = :dropId
ORDER BY d.id, v.id
