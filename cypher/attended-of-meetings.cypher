MATCH (p:Person)-[h:ATTENDED]->(m:Meeting)
WHERE m.id IN $ids
RETURN p.id AS personId, m.id AS meetingId, h.spoke AS spoke, h.reported AS reported, h.concluded AS concluded,
  h.directed AS directed, h.sources AS sources, h.quotes AS quotes
