// $sources false: no articles or quotes; $citations false: no dates and statuses per article (GraphStore TenureReadOptions).
MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:`IN`]->(o:Organization)
WHERE o.id IN $ids
RETURN p.id AS personId, pos.id AS positionId, pos.title AS title, o.id AS organizationId, h.status AS status,
  h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, CASE WHEN $sources THEN h.sources ELSE [] END AS sources, CASE WHEN $sources THEN h.quotes ELSE [] END AS quotes, CASE WHEN $citations THEN h.dates ELSE [] END AS dates, CASE WHEN $citations THEN h.statuses ELSE [] END AS statuses
