SELECT id, name, folded, gender, province, province_key AS provinceKey FROM person WHERE id = :id
