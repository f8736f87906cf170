SELECT p.id, p.name, p.gender, p.province,
  (SELECT json_group_array(alias ORDER BY rowid) FROM person_alias WHERE person_id = p.id) AS aliases
FROM person p WHERE p.id IN (SELECT value FROM json_each(:ids))
