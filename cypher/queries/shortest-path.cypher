// The hop bound cannot be a parameter in Cypher; the store drops paths longer than maxHops.
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MATCH p = shortestPath((a)-[:CHAIRED|ATTENDED|HOLDS|`IN`*..8]-(b))
RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | type(r)] AS relations,
  [r IN relationships(p) | r.sources] AS sources, [r IN relationships(p) | r.quotes] AS quotes
