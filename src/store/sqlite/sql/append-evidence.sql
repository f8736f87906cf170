-- insert-evidence for a bulk load into a new graph: each article is written once, so each
-- (relationship, article) pair is new, and the unique index is built once the load is done.
INSERT INTO evidence (edge_id, article_id, quote, seen, status, roles)
VALUES (?, ?, ?, ?, ?, ?)
