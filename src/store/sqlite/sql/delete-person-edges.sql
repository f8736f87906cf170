-- merge-people, 3/3: ...and the relationships moved go, their evidence with them (cascade).
DELETE FROM rel WHERE type IN ('HOLDS', 'CHAIRED', 'ATTENDED') AND src = (SELECT n FROM node WHERE id = :dropId)
