// $sources false: no articles or quotes (GraphStore TenureReadOptions).
MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:`IN`]->(o:Organization)
WHERE o.id IN $ids
RETURN p.id AS personId, pos.id AS positionId, pos.title AS title, o.id AS organizationId, h.status AS status,
  h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, CASE WHEN $sources THEN h.sources ELSE [] END AS sources, CASE WHEN $sources THEN h.quotes ELSE [] END AS quotes, h.dates AS dates, h.statuses AS statuses
