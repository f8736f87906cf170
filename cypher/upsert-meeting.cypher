// Two reports of one meeting may title it differently; the first title is kept, the others
// stay readable in the sources.
UNWIND $rows AS r
MERGE (n:Meeting {id: r.id})
ON CREATE SET n.date = r.date, n.partOfDay = r.partOfDay, n.kind = r.kind, n.title = r.title, n.folded = r.folded,
  n.province = r.province, n.provinceKey = r.provinceKey
ON MATCH SET n.title = coalesce(n.title, r.title), n.kind = coalesce(n.kind, r.kind), n.partOfDay = coalesce(n.partOfDay, r.partOfDay)
