-- One row per participation, its evidence as a list (edge-evidence.sql); put in stored order by evidence.ts.
SELECT e.id AS edgeId, e.type, e.src AS personId, e.dst AS meetingId,
  {{EVIDENCE}} AS evidence
FROM edge e
WHERE e.type IN ('CHAIRED', 'ATTENDED') AND e.dst IN (SELECT value FROM json_each(:ids))
