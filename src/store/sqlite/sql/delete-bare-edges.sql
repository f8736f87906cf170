-- unmerge: relationships of the person kept that no evidence attests any more.
DELETE FROM rel WHERE src = (SELECT n FROM node WHERE id = :keepId) AND type IN ('HOLDS', 'CHAIRED', 'ATTENDED')
  AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.edge_id = rel.id)
