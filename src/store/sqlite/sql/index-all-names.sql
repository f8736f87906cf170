-- The end of a bulk load: every name search finds, as index-name adds them one by one.
INSERT INTO name_search (folded, kind, node_id)
SELECT folded, 'PERSON', id FROM person WHERE folded <> ''
UNION ALL SELECT folded, 'ORGANIZATION', id FROM organization WHERE folded <> ''
UNION ALL SELECT folded, 'MEETING', id FROM meeting WHERE folded <> ''
UNION ALL SELECT folded, 'DIRECTIVE', id FROM directive WHERE folded <> ''
