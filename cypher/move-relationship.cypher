// Template (see merge-relationship): moves one kind of relationship of a merged-away person
// onto the person kept, joining sources when both were attested.
MATCH (d:Person {id: $dropId})-[r:{{TYPE}}]->(x:{{TO}})
MATCH (k:Person {id: $keepId})
MERGE (k)-[h:{{TYPE}}]->(x)
ON CREATE SET {{MOVE_CREATE_EXTRA}}h.sources = r.sources, h.quotes = r.quotes, h.dates = r.dates, h.firstSeen = r.firstSeen, h.lastSeen = r.lastSeen
ON MATCH SET {{MOVE_MATCH_EXTRA}}h.sources = h.sources + r.sources, h.quotes = h.quotes + r.quotes, h.dates = h.dates + r.dates,
  h.firstSeen = CASE WHEN r.firstSeen IS NOT NULL AND (h.firstSeen IS NULL OR r.firstSeen < h.firstSeen) THEN r.firstSeen ELSE h.firstSeen END,
  h.lastSeen = CASE WHEN r.lastSeen IS NOT NULL AND (h.lastSeen IS NULL OR r.lastSeen > h.lastSeen) THEN r.lastSeen ELSE h.lastSeen END
DELETE r
