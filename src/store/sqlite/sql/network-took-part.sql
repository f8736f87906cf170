SELECT e.src AS organizationId, m.id AS meetingId, m.date AS meetingDate
FROM meeting m
JOIN edge e ON e.type = 'TOOK_PART' AND e.dst = m.id
WHERE m.province_key IN (SELECT value FROM json_each(:provinces))
  AND m.date >= :from
  AND m.date <= :to
