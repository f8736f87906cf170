-- merge-people, 3/3: ...and the relationships moved go, their evidence with them (cascade).
DELETE FROM edge WHERE type IN ('HOLDS', 'CHAIRED', 'ATTENDED') AND src = :dropId
