UPDATE directive SET title = coalesce(title, :title), date = coalesce(date, :date), issuer_text = coalesce(issuer_text, :issuerText)
WHERE id = :id AND ((title IS NULL AND :title IS NOT NULL) OR (date IS NULL AND :date IS NOT NULL) OR (issuer_text IS NULL AND :issuerText IS NOT NULL))
