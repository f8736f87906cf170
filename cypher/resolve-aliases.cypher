// Ids that were merged into another person keep answering (and keep receiving new facts).
UNWIND $ids AS alias
MATCH (p:Person)
WHERE alias IN p.aliases
RETURN alias, p.id AS id
