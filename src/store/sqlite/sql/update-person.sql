-- Gender is only known from "ông"/"bà": the first article that says it wins.
UPDATE person SET gender = :gender WHERE id = :id AND gender IS NULL AND :gender IS NOT NULL
