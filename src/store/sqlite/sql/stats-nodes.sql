SELECT 'Article' AS label, count(*) AS count FROM article
UNION ALL SELECT 'Locality', count(*) FROM locality
UNION ALL SELECT 'Organization', count(*) FROM organization
UNION ALL SELECT 'Position', count(*) FROM position
UNION ALL SELECT 'Person', count(*) FROM person
UNION ALL SELECT 'Meeting', count(*) FROM meeting
UNION ALL SELECT 'Directive', count(*) FROM directive
