MATCH (pos:Position)-[:`IN`]->(o:Organization)
WHERE pos.id IN $ids
RETURN pos.id AS id, pos.title + ' ' + o.name AS label
