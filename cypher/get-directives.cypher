MATCH (d:Directive)
WHERE d.id IN $ids
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization)
RETURN d.id AS id, d.kind AS kind, d.number AS number, o.id AS issuerId, d.issuerText AS issuerText, d.date AS date, d.title AS title
