CREATE (:MergeReview {a: $a, b: $b, decision: $decision, note: $note, reviewer: $reviewer, decidedAt: $decidedAt})
