// Gender is only known from "ông"/"bà": the first article that says it wins.
UNWIND $rows AS r
MERGE (n:Person {id: r.id})
ON CREATE SET n.name = r.name, n.folded = r.folded, n.gender = r.gender, n.province = r.province,
  n.provinceKey = r.provinceKey, n.aliases = []
ON MATCH SET n.gender = coalesce(n.gender, r.gender)
