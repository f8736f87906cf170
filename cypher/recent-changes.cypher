// What the articles of a province (or of one body) stated first, the newest article first: the
// feed of changes. Each title held (a person in a post), personnel event and meeting comes once,
// with the earliest article that states it (an article without a date counts as the oldest).
CALL () {
  MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:`IN`]->(o:Organization)
  WHERE ($province IS NULL OR o.provinceKey = $province) AND ($organizationId IS NULL OR o.id = $organizationId)
  UNWIND range(0, size(h.sources) - 1) AS i
  MATCH (a:Article {id: h.sources[i]})
  WITH p, pos, o, a, h.quotes[i] AS quote
  ORDER BY coalesce(a.publishedAt, ''), a.id
  WITH p, pos, o, collect({article: a, quote: quote})[0] AS first
  RETURN 'TENURE' AS kind, p.id AS personId, pos.id AS positionId, pos.title AS title, o.id AS organizationId,
    null AS eventId, null AS eventKind, null AS date, null AS meetingId, first.article.id AS articleId,
    first.article.publishedAt AS publishedAt, first.quote AS quote
  UNION ALL
  MATCH (p:Person)-[:SUBJECT_OF]->(e:Event)-[:CONCERNS]->(pos:Position)-[:`IN`]->(o:Organization)
  WHERE ($province IS NULL OR o.provinceKey = $province) AND ($organizationId IS NULL OR o.id = $organizationId)
  MATCH (e)-[rep:REPORTED_IN]->(a:Article)
  WITH p, e, pos, o, a, rep.quote AS quote
  ORDER BY coalesce(a.publishedAt, ''), a.id
  WITH p, e, pos, o, collect({article: a, quote: quote})[0] AS first
  RETURN 'EVENT' AS kind, p.id AS personId, pos.id AS positionId, pos.title AS title, o.id AS organizationId,
    e.id AS eventId, e.kind AS eventKind, e.date AS date, null AS meetingId, first.article.id AS articleId,
    first.article.publishedAt AS publishedAt, first.quote AS quote
  UNION ALL
  MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article)
  WHERE ($province IS NULL OR m.provinceKey = $province)
    AND ($organizationId IS NULL OR EXISTS { MATCH (o:Organization)-[:TOOK_PART]->(m) WHERE o.id = $organizationId })
  WITH m, a, r.quotes[0] AS quote
  ORDER BY coalesce(a.publishedAt, ''), a.id
  WITH m, collect({article: a, quote: quote})[0] AS first
  RETURN 'MEETING' AS kind, null AS personId, null AS positionId, m.title AS title, null AS organizationId,
    null AS eventId, null AS eventKind, m.date AS date, m.id AS meetingId, first.article.id AS articleId,
    first.article.publishedAt AS publishedAt, first.quote AS quote
}
RETURN kind, personId, positionId, title, organizationId, eventId, eventKind, date, meetingId, articleId, publishedAt, quote
ORDER BY coalesce(publishedAt, '') DESC, articleId, kind DESC, coalesce(eventId, meetingId, positionId), personId
LIMIT $limit
