-- Meetings grouped by dimensions (src/store/sqlite/counts.ts fills {{KEYS}}, {{JOINS}},
-- {{GROUP}} and {{NULLS_LAST}} from fixed expressions); the largest count first.
SELECT {{KEYS}}, count(DISTINCT m.id) AS count
FROM meeting m
{{JOINS}}
{{MEETING_FILTER}}
GROUP BY {{GROUP}}
ORDER BY count DESC, {{NULLS_LAST}}
LIMIT :limit
