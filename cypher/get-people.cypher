MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.id AS id, p.name AS name, p.gender AS gender, p.province AS province, p.aliases AS aliases
