-- merge-people, 2/3: ...with its evidence (an article attesting both keeps the kept person's)...
INSERT INTO evidence (edge_id, article_id, quote, seen, status, roles)
SELECT k.id, v.article_id, v.quote, v.seen, v.status, v.roles
FROM edge d
JOIN evidence v ON v.edge_id = d.id
JOIN edge k ON k.type = d.type AND k.src = :keepId AND k.dst = d.dst
WHERE d.type IN ('HOLDS', 'CHAIRED', 'ATTENDED') AND d.src = :dropId
  AND NOT EXISTS (SELECT 1 FROM evidence kv WHERE kv.edge_id = k.id AND kv.article_id = v.article_id)
ORDER BY v.id
