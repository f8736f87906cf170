-- Ids that were merged into another person keep answering (and keep receiving new facts).
SELECT alias, person_id AS id FROM person_alias WHERE alias IN (SELECT value FROM json_each(:ids))
