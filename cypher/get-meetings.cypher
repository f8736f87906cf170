MATCH (m:Meeting)
WHERE m.id IN $ids
OPTIONAL MATCH (m)-[:LOCATED_IN]->(l:Locality)
RETURN m.id AS id, m.date AS date, m.partOfDay AS partOfDay, m.title AS title, m.kind AS kind, l.id AS localityId
