-- Node numbers and ids (schema.sql, node): those of the ids in :ids and of the numbers in :numbers.
SELECT n, id FROM node WHERE id IN (SELECT value FROM json_each(:ids))
UNION ALL
SELECT n, id FROM node WHERE n IN (SELECT value FROM json_each(:numbers))
