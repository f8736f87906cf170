SELECT type AS label, count(*) AS count FROM edge GROUP BY type
