// {{KEY}}, {{AFTER}} and {{DIRECTION}} are the order's sort key, comparison and direction
// (src/store/neo4j/orders.ts); a page starts after ($afterKey, $afterId), ties broken by id.
MATCH (p:Person)
WHERE ($name IS NULL OR p.folded CONTAINS $name)
  AND ($province IS NULL OR p.provinceKey = $province)
  AND ($organizationId IS NULL OR EXISTS { MATCH (p)-[:HOLDS]->(:Position)-[:`IN`]->(o:Organization) WHERE o.id = $organizationId })
WITH p, {{KEY}} AS sortKey
WHERE $afterKey IS NULL OR sortKey {{AFTER}} $afterKey OR (sortKey = $afterKey AND p.id > $afterId)
RETURN p.id AS id, p.name AS name, p.gender AS gender, p.province AS province, p.aliases AS aliases, sortKey
ORDER BY sortKey {{DIRECTION}}, id
SKIP $offset LIMIT $limit
