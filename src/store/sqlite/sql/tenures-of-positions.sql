-- One row per tenure, its evidence as a list (edge-evidence.sql); put in stored order by evidence.ts.
SELECT e.id AS edgeId, e.src AS personId, pos.id AS positionId, pos.title, pos.organization_id AS organizationId,
  {{EVIDENCE}} AS evidence
FROM edge e
JOIN position pos ON pos.id = e.dst
WHERE e.type = 'HOLDS' AND e.dst IN (SELECT value FROM json_each(:ids))
