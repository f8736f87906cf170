MATCH ()-[r]->()
RETURN type(r) AS label, count(*) AS count
