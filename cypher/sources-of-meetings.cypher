MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article)
WHERE m.id IN $ids
RETURN m.id AS ownerId, r.sources AS sources, r.quotes AS quotes
