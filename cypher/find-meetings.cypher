// {{KEY}}, {{AFTER}} and {{DIRECTION}}: see find-people.cypher. Meetings without a full date
// come last in either direction.
MATCH (m:Meeting)
WHERE ($province IS NULL OR m.provinceKey = $province)
  AND ($from IS NULL OR m.date >= $from)
  AND ($to IS NULL OR m.date <= $to)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($chairedBy IS NULL OR EXISTS { MATCH (c:Person)-[:CHAIRED]->(m) WHERE c.id = $chairedBy })
  AND ($attendedBy IS NULL OR EXISTS { MATCH (a:Person)-[:CHAIRED|ATTENDED]->(m) WHERE a.id = $attendedBy })
  AND ($organizationId IS NULL OR EXISTS { MATCH (o:Organization)-[:TOOK_PART]->(m) WHERE o.id = $organizationId })
WITH m, {{KEY}} AS sortKey
WHERE $afterKey IS NULL OR sortKey {{AFTER}} $afterKey OR (sortKey = $afterKey AND m.id > $afterId)
OPTIONAL MATCH (m)-[:LOCATED_IN]->(l:Locality)
RETURN m.id AS id, m.date AS date, m.partOfDay AS partOfDay, m.title AS title, m.kind AS kind, l.id AS localityId, sortKey
ORDER BY sortKey {{DIRECTION}}, id
SKIP $offset LIMIT $limit
