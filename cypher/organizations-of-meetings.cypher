MATCH (o:Organization)-[:TOOK_PART]->(m:Meeting)
WHERE m.id IN $ids
RETURN m.id AS meetingId, o.id AS organizationId
