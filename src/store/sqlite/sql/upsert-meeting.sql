INSERT INTO meeting (id, date, part_of_day, kind, title, folded, province, province_key)
VALUES (:id, :date, :partOfDay, :kind, :title, :folded, :province, :provinceKey)
ON CONFLICT (id) DO NOTHING
