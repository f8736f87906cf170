MATCH (p:Person)
WHERE ($name IS NULL OR p.folded CONTAINS $name)
  AND ($province IS NULL OR p.provinceKey = $province)
  AND ($organizationId IS NULL OR EXISTS { MATCH (p)-[:HOLDS]->(:Position)-[:`IN`]->(o:Organization) WHERE o.id = $organizationId })
RETURN p.id AS id, p.name AS name, p.gender AS gender, p.province AS province, p.aliases AS aliases
ORDER BY p.folded, p.id
SKIP $offset LIMIT $limit
