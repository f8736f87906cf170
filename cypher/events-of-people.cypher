MATCH (p:Person)-[:SUBJECT_OF]->(e:Event)-[:CONCERNS]->(pos:Position)-[:`IN`]->(o:Organization)
WHERE p.id IN $ids
OPTIONAL MATCH (e)-[:DECIDED_BY]->(b:Organization)
OPTIONAL MATCH (e)-[:BY_DECISION]->(d:Directive)
OPTIONAL MATCH (e)-[rep:REPORTED_IN]->(a:Article)
WITH p, e, pos, o, b, d, collect(a.id) AS sources, collect(rep.quote) AS quotes
RETURN e.id AS id, e.kind AS kind, p.id AS personId, pos.id AS positionId, pos.title AS title, o.id AS organizationId,
  e.date AS date, e.decisionNumber AS decisionNumber, d.id AS directiveId, b.id AS decidedById, sources, quotes
ORDER BY coalesce(e.date, ''), e.id
