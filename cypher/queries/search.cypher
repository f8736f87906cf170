// Folded (no diacritics, lower case) substring match over every kind of thing a user names.
MATCH (p:Person) WHERE p.folded CONTAINS $text
RETURN 'PERSON' AS kind, p.id AS id, p.name AS label, p.province AS context, p.folded AS folded LIMIT $limit
UNION ALL
MATCH (o:Organization) WHERE o.folded CONTAINS $text
RETURN 'ORGANIZATION' AS kind, o.id AS id, o.name AS label, o.province AS context, o.folded AS folded LIMIT $limit
UNION ALL
MATCH (m:Meeting) WHERE m.folded CONTAINS $text
RETURN 'MEETING' AS kind, m.id AS id, m.title AS label, m.date AS context, m.folded AS folded LIMIT $limit
UNION ALL
MATCH (d:Directive) WHERE d.folded CONTAINS $text
RETURN 'DIRECTIVE' AS kind, d.id AS id, d.kind + ' ' + d.number AS label, d.title AS context, d.folded AS folded LIMIT $limit
