MATCH (a:Article)-[r:REFERENCES]->(d:Directive)
WHERE d.id IN $ids
RETURN d.id AS ownerId, r.sources AS sources, r.quotes AS quotes
