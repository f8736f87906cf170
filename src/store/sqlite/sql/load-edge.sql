-- A relationship of a bulk load (bulk-load.ts) with the id its plan gave it (bulk-plan.ts):
-- the ids an insert-edge.sql of each in the same order would get.
INSERT INTO edge (id, type, src, dst) VALUES (:id, :type, :src, :dst)
