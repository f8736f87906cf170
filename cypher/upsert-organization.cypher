UNWIND $rows AS r
MERGE (n:Organization {id: r.id})
ON CREATE SET n.name = r.name, n.folded = r.folded, n.kind = r.kind, n.level = r.level, n.branch = r.branch,
  n.lexiconId = r.lexiconId, n.province = r.province, n.provinceKey = r.provinceKey
