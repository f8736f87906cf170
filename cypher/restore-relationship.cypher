// Template (filled from the relationship table in src/store/neo4j/queries.ts): unmerge-people
// gives the restored person its relationships back as they were when it was merged away.
UNWIND $rows AS row
MATCH (d:Person {id: $aliasId})
MATCH (x:{{TO}} {id: row.to})
CREATE (d)-[r:{{TYPE}}]->(x)
SET r = row.props
