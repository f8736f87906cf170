// merge-people: the events of the person merged away become the kept person's.
MATCH (d:Person {id: $dropId})-[s:SUBJECT_OF]->(e:Event)
MATCH (k:Person {id: $keepId})
MERGE (k)-[:SUBJECT_OF]->(e)
DELETE s
