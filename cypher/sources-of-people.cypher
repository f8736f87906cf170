MATCH (p:Person)-[r:HOLDS|CHAIRED|ATTENDED]->()
WHERE p.id IN $ids
RETURN p.id AS ownerId, r.sources AS sources, r.quotes AS quotes
