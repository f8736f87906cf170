// Template: unmerge-people takes the moved sources back out of the kept person's relationship.
// The move appended them after the kept person's own (row.keptSize of them), so they are the
// slice [keptSize, keptSize + movedSize); anything appended since stays. The dates that remain
// give firstSeen and lastSeen (and a title's status) again; row.kept restores the kept person's own
// attendance roles; a relationship left without sources was the moved one alone.
UNWIND $rows AS row
MATCH (k:Person {id: $keepId})-[h:{{TYPE}}]->(x:{{TO}} {id: row.to})
WITH h, row, row.keptSize AS a, row.keptSize + row.movedSize AS b
SET {{UNMOVE_EXTRA}}h.sources = h.sources[..a] + h.sources[b..], h.quotes = h.quotes[..a] + h.quotes[b..], h.dates = h.dates[..a] + h.dates[b..], h += row.kept
WITH h
SET {{UNMOVE_AFTER}}h.firstSeen = reduce(m = null, d IN h.dates | CASE WHEN d <> '' AND (m IS NULL OR d < m) THEN d ELSE m END),
  h.lastSeen = reduce(m = null, d IN h.dates | CASE WHEN d <> '' AND (m IS NULL OR d >= m) THEN d ELSE m END)
WITH h
WHERE size(h.sources) = 0
DELETE h
