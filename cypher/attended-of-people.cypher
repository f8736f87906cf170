MATCH (p:Person)-[h:ATTENDED]->(m:Meeting)
WHERE p.id IN $ids
RETURN p.id AS personId, m.id AS meetingId, h.spoke AS spoke, h.reported AS reported, h.concluded AS concluded,
  h.directed AS directed, h.sources AS sources, h.quotes AS quotes
ORDER BY coalesce(m.date, '') DESC, m.id
