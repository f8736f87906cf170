SELECT id FROM event WHERE person_id = :id
