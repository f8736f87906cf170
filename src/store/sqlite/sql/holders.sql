-- Candidate tenures; the title/body split and the as-of rule are applied in src/store/holders.ts.
-- One row per tenure, its evidence as a list (edge-evidence.sql); put in stored order by evidence.ts.
SELECT e.id AS edgeId, e.src AS personId, pos.id AS positionId, pos.title, pos.folded AS titleKey,
  o.id AS organizationId, o.folded AS organizationKey,
  {{EVIDENCE}} AS evidence
FROM position pos
JOIN organization o ON o.id = pos.organization_id
JOIN edge e ON e.type = 'HOLDS' AND e.dst = pos.id
WHERE pos.folded IN (SELECT value FROM json_each(:titles))
  AND o.province_key = :province
