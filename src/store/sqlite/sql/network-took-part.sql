SELECT e.src AS organizationId, m.id AS meetingId
FROM meeting m
JOIN edge e ON e.type = 'TOOK_PART' AND e.dst = m.id
WHERE m.province_key = :province
  AND m.date >= :from
  AND m.date <= :to
