-- Schema 1 -> 2 (open.ts): a relationship's evidence readable from one index, in stored order (schema.sql).
CREATE INDEX evidence_cover ON evidence(edge_id, id, seen, status, roles);
