// unmerge-people: the person merged away comes back with its own properties (its aliases too),
// and the kept person loses those ids and gets its own gender back.
MATCH (k:Person {id: $keepId})
CREATE (d:Person)
SET d = $person
SET k.aliases = [a IN k.aliases WHERE NOT a IN $ids], k.gender = $keptGender
