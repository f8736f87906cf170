SELECT id, name, level, province FROM locality WHERE id IN (SELECT value FROM json_each(:ids))
