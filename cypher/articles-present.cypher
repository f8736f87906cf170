MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id
