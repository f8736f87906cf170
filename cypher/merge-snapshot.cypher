// merge-people, before anything moves: the person merged away, the relationships it has (with
// every property) and, for each, how many sources the kept person's own relationship to the same
// node already lists. The move appends the moved sources after those, so unmerge can take exactly
// them back out even after later articles appended more.
MATCH (d:Person {id: $dropId})
MATCH (k:Person {id: $keepId})
OPTIONAL MATCH (d)-[r]->(x)
WHERE type(r) IN $types
OPTIONAL MATCH (k)-[h]->(x)
WHERE type(h) = type(r)
WITH d, k, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: x.id, props: properties(r), keptSize: CASE WHEN h IS NULL THEN 0 ELSE size(h.sources) END, kept: properties(h)} END) AS relationships
RETURN properties(d) AS person, k.gender AS keptGender, relationships, [(d)-[:SUBJECT_OF]->(e:Event) | e.id] AS events
