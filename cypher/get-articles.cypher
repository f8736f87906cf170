MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.url AS url, a.title AS title, a.publisher AS publisher, a.publishedAt AS publishedAt,
  a.contentHash AS contentHash, a.file AS file
