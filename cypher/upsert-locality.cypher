UNWIND $rows AS r
MERGE (n:Locality {id: r.id})
ON CREATE SET n.name = r.name, n.folded = r.folded, n.level = r.level, n.province = r.province,
  n.validFrom = r.validFrom, n.validTo = r.validTo
