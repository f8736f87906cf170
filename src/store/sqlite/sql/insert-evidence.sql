-- An article already attesting the relationship adds nothing, so a replayed write is harmless.
-- Parameters in order (the writer's hottest statement, bound positionally): edge id, article
-- id, quote, date seen, status, roles.
INSERT INTO evidence (edge_id, article_id, quote, seen, status, roles)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (edge_id, article_id) DO NOTHING
