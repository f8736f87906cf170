// Template: {{FROM}}, {{TO}}, {{TYPE}} and the {{..._EXTRA}} assignments come from the fixed
// relationship table in src/store/queries.ts, never from input. Sources and quotes are parallel
// lists (with the date each was seen). A row may gather several new articles; r.key is the first
// of them, and an article already listed adds nothing, so a replayed write is harmless.
// {{FULL}} caps the lists of structural relationships (see src/store/queries.ts).
UNWIND $rows AS r
MATCH (a:{{FROM}} {id: r.from})
MATCH (b:{{TO}} {id: r.to})
MERGE (a)-[h:{{TYPE}}]->(b)
ON CREATE SET {{CREATE_EXTRA}}h.sources = r.sources, h.quotes = r.quotes, h.dates = r.dates, h.firstSeen = r.firstSeen, h.lastSeen = r.lastSeen
ON MATCH SET {{MATCH_EXTRA}}h.quotes = CASE WHEN {{FULL}}r.key IN h.sources THEN h.quotes ELSE h.quotes + r.quotes END,
  h.dates = CASE WHEN {{FULL}}r.key IN h.sources THEN h.dates ELSE h.dates + r.dates END,
  h.sources = CASE WHEN {{FULL}}r.key IN h.sources THEN h.sources ELSE h.sources + r.sources END,
  h.firstSeen = CASE WHEN r.firstSeen IS NOT NULL AND (h.firstSeen IS NULL OR r.firstSeen < h.firstSeen) THEN r.firstSeen ELSE h.firstSeen END,
  h.lastSeen = CASE WHEN r.lastSeen IS NOT NULL AND (h.lastSeen IS NULL OR r.lastSeen > h.lastSeen) THEN r.lastSeen ELSE h.lastSeen END
