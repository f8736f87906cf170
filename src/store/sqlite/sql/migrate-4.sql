-- Schema 3 -> 4 (open.ts, with foreign keys off): relationships keyed by node numbers (schema.sql).
-- The numbers are handed out in id order; evidence is rebuilt to refer to rel (SQLite's
-- table-rebuild procedure), its rows and ids as they were.
CREATE TABLE node (n INTEGER PRIMARY KEY, id TEXT NOT NULL);
INSERT INTO node (id) SELECT src FROM edge UNION SELECT dst FROM edge;
CREATE UNIQUE INDEX node_id ON node(id);
CREATE TABLE rel (id INTEGER PRIMARY KEY, type TEXT NOT NULL, src INTEGER NOT NULL, dst INTEGER NOT NULL);
INSERT INTO rel (id, type, src, dst)
  SELECT e.id, e.type, s.n, d.n FROM edge e JOIN node s ON s.id = e.src JOIN node d ON d.id = e.dst ORDER BY e.id;
CREATE TABLE evidence_4 (
  id INTEGER PRIMARY KEY, edge_id INTEGER NOT NULL REFERENCES rel(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES article(id), quote TEXT NOT NULL, seen TEXT, status TEXT, roles INTEGER NOT NULL DEFAULT 0
);
INSERT INTO evidence_4 (id, edge_id, article_id, quote, seen, status, roles)
  SELECT id, edge_id, article_id, quote, seen, status, roles FROM evidence ORDER BY id;
DROP TABLE evidence;
DROP TABLE edge;
ALTER TABLE evidence_4 RENAME TO evidence;
CREATE UNIQUE INDEX rel_out ON rel(type, src, dst);
CREATE INDEX rel_in ON rel(type, dst, src);
CREATE INDEX evidence_cover ON evidence(edge_id, id, article_id, seen, status, roles);
CREATE VIEW edge (id, type, src, dst) AS
  SELECT r.id, r.type, s.id, d.id FROM rel r JOIN node s ON s.n = r.src JOIN node d ON d.n = r.dst;
-- The planner's statistics of the new indexes (DROP TABLE took the old ones'): without them it
-- may read a title's holders by scanning every HOLDS relationship (bulk-load.ts).
PRAGMA analysis_limit = 1000;
ANALYZE node;
ANALYZE rel;
ANALYZE evidence;
