// Meetings grouped by dimensions (src/store/neo4j/counts.ts fills {{MATCHES}}, {{KEYS}} and
// {{ORDER}} from fixed expressions); the largest count first.
{{MEETING_FILTER}}
{{MATCHES}}
WITH {{KEYS}}, count(DISTINCT m) AS count
RETURN *
ORDER BY count DESC, {{ORDER}}
LIMIT $limit
