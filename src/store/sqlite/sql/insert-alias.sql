INSERT INTO person_alias (alias, person_id) VALUES (:alias, :id)
