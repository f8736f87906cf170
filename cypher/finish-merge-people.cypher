MATCH (k:Person {id: $keepId})
MATCH (d:Person {id: $dropId})
SET k.aliases = k.aliases + [d.id] + d.aliases, k.gender = coalesce(k.gender, d.gender)
DETACH DELETE d
