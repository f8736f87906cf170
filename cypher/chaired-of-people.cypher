MATCH (p:Person)-[h:CHAIRED]->(m:Meeting)
WHERE p.id IN $ids
RETURN p.id AS personId, m.id AS meetingId, h.sources AS sources, h.quotes AS quotes
ORDER BY coalesce(m.date, '') DESC, m.id
