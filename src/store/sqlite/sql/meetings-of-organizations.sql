SELECT e.src AS organizationId, m.id AS meetingId
FROM edge e JOIN meeting m ON m.id = e.dst
WHERE e.type = 'TOOK_PART' AND e.src IN (SELECT value FROM json_each(:ids))
ORDER BY coalesce(m.date, '') DESC, m.id
