-- merge-people, 1/3: the person kept gets every relationship of the one merged away (the kept
-- person's node number is registered first, register-node.sql)...
INSERT INTO rel (type, src, dst)
SELECT type, (SELECT n FROM node WHERE id = :keepId), dst FROM rel
WHERE type IN ('HOLDS', 'CHAIRED', 'ATTENDED') AND src = (SELECT n FROM node WHERE id = :dropId)
ON CONFLICT (type, src, dst) DO NOTHING
