INSERT INTO organization (id, name, folded, kind, level, branch, lexicon_id, province, province_key)
VALUES (:id, :name, :folded, :kind, :level, :branch, :lexiconId, :province, :provinceKey)
ON CONFLICT (id) DO NOTHING
