// {{KEY}}, {{AFTER}} and {{DIRECTION}}: see find-people.cypher. Meetings without a full date
// come last in either direction.
{{MEETING_FILTER}}
WITH m, {{KEY}} AS sortKey
WHERE $afterKey IS NULL OR sortKey {{AFTER}} $afterKey OR (sortKey = $afterKey AND m.id > $afterId)
OPTIONAL MATCH (m)-[:LOCATED_IN]->(l:Locality)
RETURN m.id AS id, m.date AS date, m.partOfDay AS partOfDay, m.title AS title, m.kind AS kind, l.id AS localityId, sortKey
ORDER BY sortKey {{DIRECTION}}, id
SKIP $offset LIMIT $limit
