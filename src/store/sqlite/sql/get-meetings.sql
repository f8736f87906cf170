SELECT m.id, m.date, m.part_of_day AS partOfDay, m.title, m.kind,
  (SELECT dst FROM edge WHERE type = 'LOCATED_IN' AND src = m.id LIMIT 1) AS localityId
FROM meeting m WHERE m.id IN (SELECT value FROM json_each(:ids))
