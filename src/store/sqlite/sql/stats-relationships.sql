SELECT type AS label, count(*) AS count FROM rel GROUP BY type
