MATCH (p:Person)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(c:Person)
WHERE p.id IN $ids AND c.id <> p.id
RETURN p.id AS personId, c.id AS colleagueId, count(DISTINCT m.id) AS shared
ORDER BY shared DESC, colleagueId
