-- merge-people, 1/3: the person kept gets every relationship of the one merged away...
INSERT INTO edge (type, src, dst)
SELECT type, :keepId, dst FROM edge WHERE type IN ('HOLDS', 'CHAIRED', 'ATTENDED') AND src = :dropId
ON CONFLICT (type, src, dst) DO NOTHING
