// The filter of meetings, put into the {{MEETING_FILTER}} slot of find-meetings and count-meetings
// (never sent alone). $partial lets meetings whose date has no year ('--MM-DD' < '0') or no date
// through the date filters.
MATCH (m:Meeting)
WHERE ($province IS NULL OR m.provinceKey = $province)
  AND ($provinces IS NULL OR m.provinceKey IN $provinces)
  AND ($from IS NULL OR m.date >= $from OR ($partial AND coalesce(m.date, '') < '0'))
  AND ($to IS NULL OR m.date <= $to OR ($partial AND coalesce(m.date, '') < '0'))
  AND ($year IS NULL OR substring(m.date, 0, 4) = $year OR ($partial AND coalesce(m.date, '') < '0'))
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($chairedBy IS NULL OR EXISTS { MATCH (c:Person)-[:CHAIRED]->(m) WHERE c.id = $chairedBy })
  AND ($attendedBy IS NULL OR EXISTS { MATCH (a:Person)-[:CHAIRED|ATTENDED]->(m) WHERE a.id = $attendedBy })
  AND ($organizationId IS NULL OR EXISTS { MATCH (o:Organization)-[:TOOK_PART]->(m) WHERE o.id = $organizationId })
  AND ($chairName IS NULL OR EXISTS { MATCH (c:Person)-[:CHAIRED]->(m) WHERE c.folded CONTAINS $chairName })
  AND ($attendeeName IS NULL OR EXISTS { MATCH (a:Person)-[:CHAIRED|ATTENDED]->(m) WHERE a.folded CONTAINS $attendeeName })
  AND ($participantTitle IS NULL OR EXISTS { MATCH (pos:Position)<-[:HOLDS]-(:Person)-[:CHAIRED|ATTENDED]->(m) WHERE pos.folded = $participantTitle })
