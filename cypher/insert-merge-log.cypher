// What a merge moved (merge-snapshot's answer as JSON), kept until the merge is undone.
CREATE (:MergeLog {alias: $alias, kept: $kept, snapshot: $snapshot, mergedAt: $mergedAt})
