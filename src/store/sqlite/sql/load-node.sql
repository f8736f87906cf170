-- A node id of a bulk load (bulk-load.ts) with the number its plan gave it (bulk-plan.ts): the
-- number insert-node.sql would give it when the upserts' writer first needs it.
INSERT INTO node (n, id) VALUES (:n, :id)
