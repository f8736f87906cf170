// {{KEY}}, {{AFTER}} and {{DIRECTION}}: see find-people.cypher. A directive's province is the
// place in its id (its issuer's, see src/store/identity.ts).
MATCH (d:Directive)
WHERE ($number IS NULL OR d.folded CONTAINS $number)
  AND ($title IS NULL OR d.folded CONTAINS $title)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($province IS NULL OR d.id STARTS WITH 'directive/' + $province + '/')
  AND ($issuer IS NULL OR EXISTS { MATCH (d)-[:ISSUED_BY]->(i:Organization) WHERE i.folded CONTAINS $issuer })
  AND ($fromYear IS NULL OR d.date >= $fromYear)
  AND ($toYear IS NULL OR (d.date < $toYear AND d.date >= '0'))
WITH d, {{KEY}} AS sortKey
WHERE $afterKey IS NULL OR sortKey {{AFTER}} $afterKey OR (sortKey = $afterKey AND d.id > $afterId)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization)
RETURN d.id AS id, d.kind AS kind, d.number AS number, o.id AS issuerId, d.issuerText AS issuerText, d.date AS date, d.title AS title, sortKey
ORDER BY sortKey {{DIRECTION}}, id
SKIP $offset LIMIT $limit
