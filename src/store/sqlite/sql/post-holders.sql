-- Every holder of the posts as their bounds and states need them (src/tenures CitationSummary):
-- the evidence is summed up here, so a post with tens of thousands of sources answers one row per
-- holder, and no quote is read. Dates count only as full days, as in src/tenures.
SELECT e.src AS personId, pos.id AS positionId, pos.title, pos.organization_id AS organizationId,
  min(CASE WHEN coalesce(v.status, 'current') <> 'former' AND v.seen GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN v.seen END) AS firstSeen,
  max(CASE WHEN coalesce(v.status, 'current') <> 'former' AND v.seen GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN v.seen END) AS lastSeen,
  group_concat(DISTINCT CASE WHEN v.status = 'former' AND v.seen GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN v.seen END) AS formerDays,
  (SELECT json_group_array(json_object('kind', ev.kind, 'date', ev.date)) FROM event ev WHERE ev.person_id = e.src AND ev.position_id = e.dst) AS events
FROM edge e
JOIN position pos ON pos.id = e.dst
JOIN evidence v INDEXED BY evidence_cover ON v.edge_id = e.id
WHERE e.type = 'HOLDS' AND e.dst IN (SELECT value FROM json_each(:ids))
GROUP BY e.dst, e.src
