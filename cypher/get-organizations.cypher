MATCH (o:Organization)
WHERE o.id IN $ids
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(l:Locality)
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.level AS level, o.branch AS branch, l.id AS localityId, parent.id AS parentId
