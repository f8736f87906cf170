// Personnel events of the articles being written: each linked to its person, post, article, and
// the deciding body and decision when the text names them.
UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (pos:Position {id: r.positionId})
MATCH (a:Article {id: r.articleId})
MERGE (e:Event {id: r.id})
ON CREATE SET e.kind = r.kind, e.date = r.date, e.decisionNumber = r.decisionNumber
MERGE (p)-[:SUBJECT_OF]->(e)
MERGE (e)-[:CONCERNS]->(pos)
MERGE (e)-[rep:REPORTED_IN]->(a)
ON CREATE SET rep.quote = r.quote
WITH e, r
OPTIONAL MATCH (b:Organization {id: r.decidedById})
OPTIONAL MATCH (d:Directive {id: r.directiveId})
FOREACH (x IN CASE WHEN b IS NULL THEN [] ELSE [b] END | MERGE (e)-[:DECIDED_BY]->(x))
FOREACH (x IN CASE WHEN d IS NULL THEN [] ELSE [d] END | MERGE (e)-[:BY_DECISION]->(x))
