MATCH (m:MergeLog {alias: $alias})
DELETE m
