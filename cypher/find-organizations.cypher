// {{KEY}}, {{AFTER}} and {{DIRECTION}}: see find-people.cypher.
MATCH (o:Organization)
WHERE ($name IS NULL OR o.folded CONTAINS $name)
  AND ($province IS NULL OR o.provinceKey = $province)
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($level IS NULL OR o.level = $level)
WITH o, {{KEY}} AS sortKey
WHERE $afterKey IS NULL OR sortKey {{AFTER}} $afterKey OR (sortKey = $afterKey AND o.id > $afterId)
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(l:Locality)
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.level AS level, o.branch AS branch, l.id AS localityId, parent.id AS parentId, sortKey
ORDER BY sortKey {{DIRECTION}}, id
SKIP $offset LIMIT $limit
