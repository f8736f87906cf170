-- unmerge: relationships of the person kept that no evidence attests any more.
DELETE FROM edge WHERE src = :keepId AND type IN ('HOLDS', 'CHAIRED', 'ATTENDED')
  AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.edge_id = edge.id)
