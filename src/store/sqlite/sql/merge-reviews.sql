-- The latest decision of each pair.
SELECT r.a, r.b, r.decision, r.note, r.reviewer, r.decided_at AS decidedAt
FROM merge_review r
WHERE r.id = (SELECT max(id) FROM merge_review x WHERE x.a = r.a AND x.b = r.b)
ORDER BY r.id
