UNWIND $rows AS r
MERGE (n:Article {id: r.id})
ON CREATE SET n.url = r.url, n.title = r.title, n.publisher = r.publisher, n.publishedAt = r.publishedAt,
  n.contentHash = r.contentHash, n.file = r.file, n.province = r.province
