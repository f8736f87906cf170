// $provinces, $kinds and $levels are always lists (all kinds and levels when unfiltered).
MATCH (p:Person)-[h:HOLDS]->(:Position)-[:`IN`]->(o:Organization)
WHERE o.provinceKey IN $provinces
  AND o.kind IN $kinds
  AND o.level IN $levels
RETURN p.id AS personId, p.name AS personName, o.id AS organizationId, o.name AS organizationName, o.kind AS kind,
  o.level AS level, size(h.sources) AS sourceCount, h.dates AS dates
