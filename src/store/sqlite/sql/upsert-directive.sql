INSERT INTO directive (id, kind, number, folded, issuer_text, date, title)
VALUES (:id, :kind, :number, :folded, :issuerText, :date, :title)
ON CONFLICT (id) DO NOTHING
