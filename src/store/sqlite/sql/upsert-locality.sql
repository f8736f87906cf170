INSERT INTO locality (id, name, folded, level, province, valid_from, valid_to)
VALUES (:id, :name, :folded, :level, :province, :validFrom, :validTo)
ON CONFLICT (id) DO NOTHING
