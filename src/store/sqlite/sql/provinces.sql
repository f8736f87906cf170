SELECT id, name, level, province FROM locality WHERE level = 'province' ORDER BY folded
