// $sources false: no articles or quotes (GraphStore ParticipationReadOptions).
MATCH (p:Person)-[h:ATTENDED]->(m:Meeting)
WHERE p.id IN $ids
RETURN p.id AS personId, m.id AS meetingId, h.spoke AS spoke, h.reported AS reported, h.concluded AS concluded,
  h.directed AS directed, CASE WHEN $sources THEN h.sources ELSE [] END AS sources, CASE WHEN $sources THEN h.quotes ELSE [] END AS quotes
ORDER BY coalesce(m.date, '') DESC, m.id
