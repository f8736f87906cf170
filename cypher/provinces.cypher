MATCH (l:Locality)
WHERE l.level = 'province'
RETURN l.id AS id, l.name AS name, l.level AS level, l.province AS province
ORDER BY l.folded
