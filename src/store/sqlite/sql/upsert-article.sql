INSERT INTO article (id, url, title, publisher, published_at, content_hash, file, province)
VALUES (:id, :url, :title, :publisher, :publishedAt, :contentHash, :file, :province)
ON CONFLICT (id) DO NOTHING
