UPDATE person SET gender = :gender WHERE id = :id
