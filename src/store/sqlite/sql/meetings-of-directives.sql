SELECT e.dst AS directiveId, m.id AS meetingId
FROM edge e JOIN meeting m ON m.id = e.src
WHERE e.type = 'REFERENCES' AND e.dst IN (SELECT value FROM json_each(:ids))
ORDER BY coalesce(m.date, '') DESC, m.id
