SELECT alias FROM person_alias WHERE person_id = :id ORDER BY rowid
