// {{KEY}}, {{AFTER}} and {{DIRECTION}}: see find-people.cypher.
MATCH (d:Directive)
WHERE ($number IS NULL OR d.folded CONTAINS $number)
  AND ($kind IS NULL OR d.kind = $kind)
WITH d, {{KEY}} AS sortKey
WHERE $afterKey IS NULL OR sortKey {{AFTER}} $afterKey OR (sortKey = $afterKey AND d.id > $afterId)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization)
RETURN d.id AS id, d.kind AS kind, d.number AS number, o.id AS issuerId, d.issuerText AS issuerText, d.date AS date, d.title AS title, sortKey
ORDER BY sortKey {{DIRECTION}}, id
SKIP $offset LIMIT $limit
