INSERT INTO merge_log (alias, kept, snapshot, merged_at) VALUES (:alias, :kept, :snapshot, :mergedAt)
ON CONFLICT (alias) DO UPDATE SET kept = excluded.kept, snapshot = excluded.snapshot, merged_at = excluded.merged_at
