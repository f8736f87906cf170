-- One step of the shortest-connection search, both directions, over the relationships
-- Neo4j's shortestPath follows (CHAIRED, ATTENDED, HOLDS and IN), by node numbers (schema.sql):
-- read from rel's two indexes alone, with no node ids until the path is found.
SELECT r.src AS node, r.dst AS next, r.id AS edgeId, r.type FROM rel r
WHERE r.type IN ('CHAIRED', 'ATTENDED', 'HOLDS', 'IN') AND r.src IN (SELECT value FROM json_each(:ids))
UNION ALL
SELECT r.dst, r.src, r.id, r.type FROM rel r
WHERE r.type IN ('CHAIRED', 'ATTENDED', 'HOLDS', 'IN') AND r.dst IN (SELECT value FROM json_each(:ids))
