MATCH (m:MergeLog {alias: $alias})
RETURN m.kept AS kept, m.snapshot AS snapshot
