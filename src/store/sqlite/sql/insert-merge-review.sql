INSERT INTO merge_review (a, b, decision, note, reviewer, decided_at) VALUES (:a, :b, :decision, :note, :reviewer, :decidedAt)
