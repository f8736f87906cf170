UNWIND $rows AS r
MERGE (n:Directive {id: r.id})
ON CREATE SET n.kind = r.kind, n.number = r.number, n.folded = r.folded, n.issuerText = r.issuerText, n.date = r.date, n.title = r.title
ON MATCH SET n.title = coalesce(n.title, r.title), n.date = coalesce(n.date, r.date), n.issuerText = coalesce(n.issuerText, r.issuerText)
