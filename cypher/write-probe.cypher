// probeWrite: a write that leaves nothing behind (a node made and removed in one transaction).
CREATE (n:MergeReview {a: 'readyz', b: 'readyz'})
DELETE n
RETURN 1 AS ok
