// Candidate tenures; the title/body split and the as-of rule are applied in src/store/holders.ts.
// $sources false: no articles or quotes (HoldersQuery.sources).
MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:`IN`]->(o:Organization)
WHERE pos.folded IN $titles
  AND ($province IS NULL OR o.provinceKey = $province)
  AND ($asOf IS NULL OR h.firstSeen IS NULL OR h.firstSeen <= $asOf)
RETURN p.id AS personId, pos.id AS positionId, pos.title AS title, pos.folded AS titleKey, o.id AS organizationId,
  o.folded AS organizationKey, h.status AS status, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen,
  CASE WHEN $sources THEN h.sources ELSE [] END AS sources, CASE WHEN $sources THEN h.quotes ELSE [] END AS quotes, h.dates AS dates, h.statuses AS statuses
