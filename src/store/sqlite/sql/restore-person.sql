INSERT INTO person (id, name, folded, gender, province, province_key) VALUES (:id, :name, :folded, :gender, :province, :provinceKey)
