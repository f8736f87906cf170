SELECT id FROM article WHERE id IN (SELECT value FROM json_each(:ids))
