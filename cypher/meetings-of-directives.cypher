MATCH (m:Meeting)-[:REFERENCES]->(d:Directive)
WHERE d.id IN $ids
RETURN d.id AS directiveId, m.id AS meetingId
ORDER BY coalesce(m.date, '') DESC, m.id
