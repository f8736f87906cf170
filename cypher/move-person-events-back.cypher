// unmerge-people: the events that came with the person merged away go back to it.
MATCH (k:Person {id: $keepId})-[s:SUBJECT_OF]->(e:Event)
WHERE e.id IN $ids
MATCH (d:Person {id: $aliasId})
MERGE (d)-[:SUBJECT_OF]->(e)
DELETE s
