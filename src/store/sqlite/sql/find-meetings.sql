-- {{KEY}}, {{AFTER}} and {{DIRECTION}} are the order's sort key, comparison and direction (orders.ts).
SELECT m.id, m.date, m.part_of_day AS partOfDay, m.title, m.kind,
  (SELECT dst FROM edge WHERE type = 'LOCATED_IN' AND src = m.id LIMIT 1) AS localityId,
  {{KEY}} AS sortKey
FROM meeting m
WHERE true
  AND m.province_key = :province
  AND m.date >= :from
  AND m.date <= :to
  AND m.kind = :kind
  AND m.id IN (SELECT dst FROM edge WHERE type = 'CHAIRED' AND src = :chairedBy)
  AND m.id IN (SELECT dst FROM edge WHERE type IN ('CHAIRED', 'ATTENDED') AND src = :attendedBy)
  AND m.id IN (SELECT dst FROM edge WHERE type = 'TOOK_PART' AND src = :organizationId)
  AND {{KEY}} {{AFTER}}= :afterKey AND ({{KEY}} {{AFTER}} :afterKey OR m.id > :afterId)
ORDER BY sortKey {{DIRECTION}}, m.id
LIMIT :limit OFFSET :offset
