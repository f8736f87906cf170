-- An article already attesting the relationship adds nothing, so a replayed write is harmless.
INSERT INTO evidence (edge_id, article_id, quote, seen, status, roles)
VALUES (:edgeId, :articleId, :quote, :seen, :status, :roles)
ON CONFLICT (edge_id, article_id) DO NOTHING
