-- A relationship of a bulk load (bulk-load.ts) with the ids its plan gave it (bulk-plan.ts):
-- the ids an insert-edge.sql of each in the same order would get.
INSERT INTO rel (id, type, src, dst) VALUES (:id, :type, :src, :dst)
