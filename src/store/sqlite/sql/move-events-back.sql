UPDATE event SET person_id = :alias WHERE id IN (SELECT value FROM json_each(:ids))
