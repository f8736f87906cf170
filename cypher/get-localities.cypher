MATCH (l:Locality)
WHERE l.id IN $ids
RETURN l.id AS id, l.name AS name, l.level AS level, l.province AS province
