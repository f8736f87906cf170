-- A path step cites a few articles (the first 20 by article id, picked from the index), not all of them.
SELECT x.article_id AS articleId, (SELECT quote FROM evidence q WHERE q.id = x.id) AS quote
FROM (SELECT id, article_id FROM evidence WHERE edge_id = :edgeId ORDER BY article_id LIMIT 20) x
ORDER BY x.article_id
