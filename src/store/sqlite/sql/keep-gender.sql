UPDATE person SET gender = coalesce(gender, (SELECT gender FROM person WHERE id = :dropId)) WHERE id = :keepId
