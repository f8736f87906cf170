-- One row per participation, its evidence as a list (edge-evidence.sql); newest meeting first.
SELECT e.id AS edgeId, e.type, e.src AS personId, e.dst AS meetingId,
  {{EVIDENCE}} AS evidence
FROM edge e
JOIN meeting m ON m.id = e.dst
WHERE e.type IN ('CHAIRED', 'ATTENDED') AND e.src IN (SELECT value FROM json_each(:ids))
ORDER BY coalesce(m.date, '') DESC, m.id, e.id
