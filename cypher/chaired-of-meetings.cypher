// $sources false: no articles or quotes (GraphStore ParticipationReadOptions).
MATCH (p:Person)-[h:CHAIRED]->(m:Meeting)
WHERE m.id IN $ids
RETURN p.id AS personId, m.id AS meetingId, CASE WHEN $sources THEN h.sources ELSE [] END AS sources, CASE WHEN $sources THEN h.quotes ELSE [] END AS quotes
