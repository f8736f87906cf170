// Kùzu names paths' parts differently (rels, properties over a list) and writes SHORTEST in the pattern.
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
MATCH p = (a)-[:CHAIRED|ATTENDED|HOLDS|`IN`* SHORTEST 1..{{HOPS}}]-(b)
RETURN properties(nodes(p), 'id') AS nodeIds, properties(rels(p), '_label') AS relations,
  properties(rels(p), 'sources') AS sources, properties(rels(p), 'quotes') AS quotes
