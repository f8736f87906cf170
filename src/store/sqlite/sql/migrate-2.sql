-- Schema 1 -> 2 (open.ts): the citations of a relationship readable from an index alone (schema.sql).
CREATE INDEX evidence_cover ON evidence(edge_id, id, seen, status, roles);
