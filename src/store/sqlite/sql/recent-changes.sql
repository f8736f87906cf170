-- What the articles of a province (or of one body) stated first, the newest article first: the
-- feed of changes. Each title held (a person in a post), personnel event and meeting comes once,
-- with the earliest article that states it (an article without a date counts as the oldest).
SELECT kind, personId, positionId, title, organizationId, eventId, eventKind, date, meetingId, articleId, publishedAt, quote
FROM (
  SELECT 'TENURE' AS kind, e.src AS personId, pos.id AS positionId, pos.title, o.id AS organizationId,
    NULL AS eventId, NULL AS eventKind, NULL AS date, NULL AS meetingId, a.id AS articleId, a.published_at AS publishedAt, v.quote,
    row_number() OVER (PARTITION BY e.id ORDER BY coalesce(a.published_at, ''), a.id) AS n
  FROM organization o
  JOIN position pos ON pos.organization_id = o.id
  JOIN edge e ON e.type = 'HOLDS' AND e.dst = pos.id
  JOIN evidence v ON v.edge_id = e.id
  JOIN article a ON a.id = v.article_id
  WHERE true
    AND o.province_key = :province
    AND o.id = :organizationId
  UNION ALL
  SELECT 'EVENT', ev.person_id, pos.id, pos.title, o.id, ev.id, ev.kind, ev.date, NULL, a.id, a.published_at, es.quote,
    row_number() OVER (PARTITION BY ev.id ORDER BY coalesce(a.published_at, ''), a.id)
  FROM organization o
  JOIN position pos ON pos.organization_id = o.id
  JOIN event ev ON ev.position_id = pos.id
  JOIN event_source es ON es.event_id = ev.id
  JOIN article a ON a.id = es.article_id
  WHERE true
    AND o.province_key = :province
    AND o.id = :organizationId
  UNION ALL
  SELECT 'MEETING', NULL, NULL, m.title, NULL, NULL, NULL, m.date, m.id, a.id, a.published_at, v.quote,
    row_number() OVER (PARTITION BY m.id ORDER BY coalesce(a.published_at, ''), a.id)
  FROM meeting m
  JOIN edge r ON r.type = 'REPORTED_IN' AND r.src = m.id
  JOIN evidence v ON v.edge_id = r.id
  JOIN article a ON a.id = v.article_id
  WHERE true
    AND m.province_key = :province
    AND m.id IN (SELECT dst FROM edge WHERE type = 'TOOK_PART' AND src = :organizationId)
)
WHERE n = 1
ORDER BY coalesce(publishedAt, '') DESC, articleId, kind DESC, coalesce(eventId, meetingId, positionId), personId
LIMIT :limit
