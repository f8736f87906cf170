SELECT id, url, title, publisher, published_at AS publishedAt, content_hash AS contentHash, file
FROM article WHERE id IN (SELECT value FROM json_each(:ids))
