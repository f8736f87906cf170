-- {{KEY}}, {{AFTER}} and {{DIRECTION}} are the order's sort key, comparison and direction (orders.ts).
SELECT m.id, m.date, m.part_of_day AS partOfDay, m.title, m.kind,
  (SELECT dst FROM edge WHERE type = 'LOCATED_IN' AND src = m.id LIMIT 1) AS localityId,
  {{KEY}} AS sortKey
FROM meeting m
{{MEETING_FILTER}}
  AND {{KEY}} {{AFTER}}= :afterKey AND ({{KEY}} {{AFTER}} :afterKey OR m.id > :afterId)
ORDER BY sortKey {{DIRECTION}}, m.id
LIMIT :limit OFFSET :offset
