SELECT p.id AS personId, p.name AS personName, m.id AS meetingId, m.title AS meetingTitle, m.kind AS meetingKind, m.date AS meetingDate, e.type AS relation
FROM meeting m
JOIN edge e ON e.type IN ('CHAIRED', 'ATTENDED') AND e.dst = m.id
JOIN person p ON p.id = e.src
WHERE m.province_key IN (SELECT value FROM json_each(:provinces))
  AND m.date >= :from
  AND m.date <= :to
ORDER BY e.type = 'ATTENDED', m.id, p.id
