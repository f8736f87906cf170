-- Schema 2 -> 3 (open.ts): the evidence index holds the article too, and is the table's only one (schema.sql).
DROP INDEX evidence_edge;
DROP INDEX evidence_cover;
CREATE INDEX evidence_cover ON evidence(edge_id, id, article_id, seen, status, roles);
