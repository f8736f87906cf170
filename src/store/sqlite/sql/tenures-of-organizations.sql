-- One row per tenure, its evidence as a list (edge-evidence.sql); put in stored order by evidence.ts.
SELECT e.id AS edgeId, e.src AS personId, pos.id AS positionId, pos.title, pos.organization_id AS organizationId,
  {{EVIDENCE}} AS evidence
FROM position pos
JOIN edge e ON e.type = 'HOLDS' AND e.dst = pos.id
WHERE pos.organization_id IN (SELECT value FROM json_each(:ids))
