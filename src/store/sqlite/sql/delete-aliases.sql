DELETE FROM person_alias WHERE person_id = :id
