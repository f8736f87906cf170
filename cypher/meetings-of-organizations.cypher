MATCH (o:Organization)-[:TOOK_PART]->(m:Meeting)
WHERE o.id IN $ids
RETURN o.id AS organizationId, m.id AS meetingId
ORDER BY coalesce(m.date, '') DESC, m.id
