// Folded (no diacritics, lower case) match over every kind of thing a user names: every word of
// the text, in any order ("bui hoa" finds "Hoa Bùi"); the store ranks the whole name first.
MATCH (p:Person) WHERE all(w IN $words WHERE p.folded CONTAINS w)
RETURN 'PERSON' AS kind, p.id AS id, p.name AS label, p.province AS context, p.folded AS folded LIMIT $limit
UNION ALL
MATCH (o:Organization) WHERE all(w IN $words WHERE o.folded CONTAINS w)
RETURN 'ORGANIZATION' AS kind, o.id AS id, o.name AS label, o.province AS context, o.folded AS folded LIMIT $limit
UNION ALL
MATCH (m:Meeting) WHERE all(w IN $words WHERE m.folded CONTAINS w)
RETURN 'MEETING' AS kind, m.id AS id, m.title AS label, m.date AS context, m.folded AS folded LIMIT $limit
UNION ALL
MATCH (d:Directive) WHERE all(w IN $words WHERE d.folded CONTAINS w)
RETURN 'DIRECTIVE' AS kind, d.id AS id, d.kind + ' ' + d.number AS label, d.title AS context, d.folded AS folded LIMIT $limit
