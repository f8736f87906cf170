-- People whose folded name another person shares: the letters are compared in src/store (nameKey).
SELECT p.id, p.name, p.gender, p.province,
  (SELECT json_group_array(alias ORDER BY rowid) FROM person_alias WHERE person_id = p.id) AS aliases
FROM person p
WHERE p.folded IN (SELECT folded FROM person GROUP BY folded HAVING count(*) > 1)
ORDER BY p.folded, p.id
