INSERT INTO event_source (event_id, article_id, quote) VALUES (:id, :articleId, :quote)
ON CONFLICT (event_id, article_id) DO NOTHING
