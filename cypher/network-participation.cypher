MATCH (p:Person)-[r:CHAIRED]->(m:Meeting)
WHERE m.provinceKey IN $provinces AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
RETURN p.id AS personId, p.name AS personName, m.id AS meetingId, m.title AS meetingTitle, m.kind AS meetingKind, m.date AS meetingDate, 'CHAIRED' AS relation
UNION ALL
MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
WHERE m.provinceKey IN $provinces AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
RETURN p.id AS personId, p.name AS personName, m.id AS meetingId, m.title AS meetingTitle, m.kind AS meetingKind, m.date AS meetingDate, 'ATTENDED' AS relation
