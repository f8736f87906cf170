-- One step of the shortest-connection search, both directions, over the relationships
-- Neo4j's shortestPath follows (CHAIRED, ATTENDED, HOLDS, IN).
SELECT e.src AS node, e.dst AS next, e.id AS edgeId, e.type FROM edge e
WHERE e.type IN ('CHAIRED', 'ATTENDED', 'HOLDS', 'IN') AND e.src IN (SELECT value FROM json_each(:ids))
UNION ALL
SELECT e.dst, e.src, e.id, e.type FROM edge e
WHERE e.type IN ('CHAIRED', 'ATTENDED', 'HOLDS', 'IN') AND e.dst IN (SELECT value FROM json_each(:ids))
