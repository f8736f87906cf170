MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:`IN`]->(o:Organization)
WHERE o.id IN $ids
RETURN p.id AS personId, pos.id AS positionId, pos.title AS title, o.id AS organizationId, h.status AS status,
  h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.sources AS sources, h.quotes AS quotes, h.dates AS dates, h.statuses AS statuses
