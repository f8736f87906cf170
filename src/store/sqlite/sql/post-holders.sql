-- Every holder of the posts as their bounds and states need them (src/tenures CitationSummary):
-- the evidence is summed up here, so a post with tens of thousands of sources answers one row per
-- holder, and no quote is read. Dates count only as full days, as in src/tenures. On rel and node,
-- not the edge view: grouped by (post id, holder's number), the order the posts' relationships are
-- read in, so no evidence row waits in a sort (grouped by the view's two ids, each was sorted first).
SELECT s.id AS personId, pos.id AS positionId, pos.title, pos.organization_id AS organizationId,
  min(CASE WHEN coalesce(v.status, 'current') <> 'former' AND v.seen GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN v.seen END) AS firstSeen,
  max(CASE WHEN coalesce(v.status, 'current') <> 'former' AND v.seen GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN v.seen END) AS lastSeen,
  group_concat(DISTINCT CASE WHEN v.status = 'former' AND v.seen GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN v.seen END) AS formerDays,
  (SELECT json_group_array(json_object('kind', ev.kind, 'date', ev.date)) FROM event ev WHERE ev.person_id = s.id AND ev.position_id = pos.id) AS events
FROM node d
JOIN rel e ON e.type = 'HOLDS' AND e.dst = d.n
JOIN node s ON s.n = e.src
JOIN position pos ON pos.id = d.id
JOIN evidence v INDEXED BY evidence_cover ON v.edge_id = e.id
WHERE d.id IN (SELECT value FROM json_each(:ids))
GROUP BY d.id, e.src
ORDER BY d.id, personId
