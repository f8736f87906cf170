UPDATE event SET person_id = :keepId WHERE person_id = :dropId
