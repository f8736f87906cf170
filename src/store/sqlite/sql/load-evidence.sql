-- An article's evidence of a relationship in a bulk load (bulk-load.ts), with the id its plan gave
-- it (bulk-plan.ts); its index is built once the load is done.
INSERT INTO evidence (id, edge_id, article_id, quote, seen, status, roles)
VALUES (:id, :edgeId, :articleId, :quote, :seen, :status, :roles)
