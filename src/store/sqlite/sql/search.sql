-- :query is every word of the folded text as a prefix (FTS5 syntax, built from [a-z0-9] words
-- only); the whole name ranks first, then a name starting with the text or having it at a word
-- start, then shorter names.
SELECT s.kind, s.node_id AS id, s.folded,
  coalesce(p.name, o.name, m.title, d.kind || ' ' || d.number) AS label,
  CASE s.kind WHEN 'PERSON' THEN p.province WHEN 'ORGANIZATION' THEN o.province WHEN 'MEETING' THEN m.date ELSE d.title END AS context
FROM (
  SELECT kind, node_id, folded FROM name_search
  WHERE name_search MATCH :query
  ORDER BY folded = :text DESC, (substr(folded, 1, length(:text)) = :text OR instr(folded, ' ' || :text) > 0) DESC, length(folded), node_id
  LIMIT :limit
) s
LEFT JOIN person p ON s.kind = 'PERSON' AND p.id = s.node_id
LEFT JOIN organization o ON s.kind = 'ORGANIZATION' AND o.id = s.node_id
LEFT JOIN meeting m ON s.kind = 'MEETING' AND m.id = s.node_id
LEFT JOIN directive d ON s.kind = 'DIRECTIVE' AND d.id = s.node_id
