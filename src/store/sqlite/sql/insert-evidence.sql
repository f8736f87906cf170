-- Parameters in order (the writer's hottest statement, bound positionally): edge id, article
-- id, quote, date seen, status, roles. The writer writes one row per relationship and article.
INSERT INTO evidence (edge_id, article_id, quote, seen, status, roles)
VALUES (?, ?, ?, ?, ?, ?)
