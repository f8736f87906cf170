MATCH (m:Meeting)-[:REFERENCES]->(d:Directive)
WHERE m.id IN $ids
RETURN m.id AS meetingId, d.id AS directiveId
