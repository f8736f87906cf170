-- A path step cites a few articles (by article id, which the index keeps in order), not all of them.
SELECT article_id AS articleId, quote FROM evidence WHERE edge_id = :edgeId ORDER BY article_id LIMIT 20
