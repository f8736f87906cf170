SELECT a.src AS personId, b.src AS colleagueId, count(DISTINCT a.dst) AS shared
FROM edge a
JOIN edge b ON b.type IN ('CHAIRED', 'ATTENDED') AND b.dst = a.dst AND b.src <> a.src
WHERE a.type IN ('CHAIRED', 'ATTENDED') AND a.src IN (SELECT value FROM json_each(:ids))
GROUP BY a.src, b.src
ORDER BY shared DESC, colleagueId
