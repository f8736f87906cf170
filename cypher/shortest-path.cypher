// Template: the hop bound cannot be a parameter in Cypher, so {{HOPS}} is filled with each
// allowed maxHops (1-8) when the statements are loaded.
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MATCH p = shortestPath((a)-[:CHAIRED|ATTENDED|HOLDS|`IN`*..{{HOPS}}]-(b))
RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | type(r)] AS relations,
  [r IN relationships(p) | r.sources] AS sources, [r IN relationships(p) | r.quotes] AS quotes
