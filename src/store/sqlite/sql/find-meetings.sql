-- Newest first; meetings without a full date last.
SELECT m.id, m.date, m.part_of_day AS partOfDay, m.title, m.kind,
  (SELECT dst FROM edge WHERE type = 'LOCATED_IN' AND src = m.id LIMIT 1) AS localityId
FROM meeting m
WHERE true
  AND m.province_key = :province
  AND m.date >= :from
  AND m.date <= :to
  AND m.kind = :kind
  AND m.id IN (SELECT dst FROM edge WHERE type = 'CHAIRED' AND src = :chairedBy)
  AND m.id IN (SELECT dst FROM edge WHERE type IN ('CHAIRED', 'ATTENDED') AND src = :attendedBy)
  AND m.id IN (SELECT dst FROM edge WHERE type = 'TOOK_PART' AND src = :organizationId)
ORDER BY coalesce(m.date, '') DESC, m.id
LIMIT :limit OFFSET :offset
