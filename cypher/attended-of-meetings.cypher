// $sources false: no articles or quotes (GraphStore ParticipationReadOptions).
MATCH (p:Person)-[h:ATTENDED]->(m:Meeting)
WHERE m.id IN $ids
RETURN p.id AS personId, m.id AS meetingId, h.spoke AS spoke, h.reported AS reported, h.concluded AS concluded,
  h.directed AS directed, CASE WHEN $sources THEN h.sources ELSE [] END AS sources, CASE WHEN $sources THEN h.quotes ELSE [] END AS quotes
