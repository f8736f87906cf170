MATCH (o:Organization)-[:TOOK_PART]->(m:Meeting)
WHERE m.provinceKey IN $provinces AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
RETURN o.id AS organizationId, m.id AS meetingId, m.date AS meetingDate
