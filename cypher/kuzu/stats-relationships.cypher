MATCH ()-[r]->()
RETURN label(r) AS label, count(*) AS count
