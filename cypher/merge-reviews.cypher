// The latest decision of each pair.
MATCH (r:MergeReview)
WITH r ORDER BY r.decidedAt
WITH r.a AS a, r.b AS b, last(collect(r)) AS latest
RETURN a, b, latest.decision AS decision, latest.note AS note, latest.reviewer AS reviewer, latest.decidedAt AS decidedAt
ORDER BY decidedAt
