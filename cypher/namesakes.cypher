// People whose folded name another person shares; the letters are compared in src/store.
MATCH (p:Person)
WITH p.folded AS folded, collect(p) AS people
WHERE size(people) > 1
UNWIND people AS p
RETURN p.id AS id, p.name AS name, p.gender AS gender, p.province AS province, p.aliases AS aliases
ORDER BY folded, id
