UNWIND $rows AS r
MERGE (n:Position {id: r.id})
ON CREATE SET n.title = r.title, n.folded = r.folded
