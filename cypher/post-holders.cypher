// Every holder of the posts as their bounds and states need them (src/tenures CitationSummary):
// the days of the HOLDS relationship's citations summed up here, its events about the post; no
// sources or quotes. Dates count only as full days, as in src/tenures.
MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:`IN`]->(o:Organization)
WHERE pos.id IN $ids
WITH p, h, pos, o, [i IN range(0, coalesce(size(h.dates), 0) - 1) WHERE h.dates[i] =~ '\\d{4}-\\d{2}-\\d{2}'] AS dated
WITH p, pos, o,
  [i IN dated WHERE coalesce(h.statuses[i], 'current') <> 'former' | h.dates[i]] AS seen,
  [i IN dated WHERE h.statuses[i] = 'former' | h.dates[i]] AS formers
RETURN p.id AS personId, pos.id AS positionId, pos.title AS title, o.id AS organizationId,
  reduce(m = null, d IN seen | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS firstSeen,
  reduce(m = null, d IN seen | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastSeen,
  formers AS formerDays,
  [(p)-[:SUBJECT_OF]->(e:Event)-[:CONCERNS]->(pos) | {kind: e.kind, date: e.date}] AS events
