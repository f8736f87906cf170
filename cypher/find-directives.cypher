MATCH (d:Directive)
WHERE ($number IS NULL OR d.folded CONTAINS $number)
  AND ($kind IS NULL OR d.kind = $kind)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization)
RETURN d.id AS id, d.kind AS kind, d.number AS number, o.id AS issuerId, d.issuerText AS issuerText, d.date AS date, d.title AS title
ORDER BY coalesce(d.date, '') DESC, d.id
SKIP $offset LIMIT $limit
