-- The embedded graph (docs/model.md, "SQLite layout"), schema version 4 (open.ts; migrate-<version>.sql). Node ids are the
-- model's readable paths. Every relationship is one row of rel, written once; every article
-- attesting it is one row of evidence (quote, date seen, status, roles), so a relationship is
-- never rewritten nor capped as its evidence grows.
CREATE TABLE article (
  id TEXT PRIMARY KEY, url TEXT, title TEXT, publisher TEXT, published_at TEXT, content_hash TEXT NOT NULL, file TEXT, province TEXT
) WITHOUT ROWID;
CREATE TABLE locality (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, folded TEXT NOT NULL, level TEXT NOT NULL, province TEXT, valid_from TEXT, valid_to TEXT
) WITHOUT ROWID;
CREATE TABLE organization (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, folded TEXT NOT NULL, kind TEXT NOT NULL, level TEXT NOT NULL, branch TEXT NOT NULL,
  lexicon_id TEXT, province TEXT, province_key TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE position (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, folded TEXT NOT NULL, organization_id TEXT NOT NULL REFERENCES organization(id)
) WITHOUT ROWID;
CREATE TABLE person (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, folded TEXT NOT NULL, gender TEXT, province TEXT, province_key TEXT NOT NULL
) WITHOUT ROWID;
-- Ids merged into another person; the rowid keeps the order they were merged in.
CREATE TABLE person_alias (alias TEXT NOT NULL UNIQUE, person_id TEXT NOT NULL REFERENCES person(id));
CREATE TABLE meeting (
  id TEXT PRIMARY KEY, date TEXT, part_of_day TEXT, kind TEXT, title TEXT, folded TEXT NOT NULL, province TEXT, province_key TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE directive (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, number TEXT NOT NULL, folded TEXT NOT NULL, issuer_text TEXT, date TEXT, title TEXT
) WITHOUT ROWID;

-- Every node id a relationship connects, numbered (n) when a relationship first needs it
-- (graph-writer.ts, bulk-plan.ts: the order in which relationships name them). Rows are never
-- deleted, so a number always means the same id.
CREATE TABLE node (n INTEGER PRIMARY KEY, id TEXT NOT NULL);
CREATE UNIQUE INDEX node_id ON node(id);
-- type is the model's relationship type (HOLDS, IN, PART_OF, LOCATED_IN, CHAIRED, ATTENDED,
-- TOOK_PART, REFERENCES, ISSUED_BY, REPORTED_IN); src and dst are node numbers. Schema 3 held the
-- ids themselves: index entries of ~100 bytes, 40 to a page, and each group of 1,024 articles
-- written into a 100,000-article graph dirtied most leaves of both indexes, which every commit
-- wrote to the WAL again: ingest fell from 0.56 to 1.8 ms an article (BENCHMARKS.md, issue 11).
-- Numbered, an entry is ~20 bytes.
CREATE TABLE rel (id INTEGER PRIMARY KEY, type TEXT NOT NULL, src INTEGER NOT NULL, dst INTEGER NOT NULL);
CREATE UNIQUE INDEX rel_out ON rel(type, src, dst);
CREATE INDEX rel_in ON rel(type, dst, src);
-- The relationships with their node ids, as the reads (and schema 3's table) name them: the
-- planner flattens the joins into each read, by the indexes above and node's keys.
CREATE VIEW edge (id, type, src, dst) AS
  SELECT r.id, r.type, s.id, d.id FROM rel r JOIN node s ON s.n = r.src JOIN node d ON d.n = r.dst;
-- roles: 1 spoke, 2 reported, 4 concluded, 8 directed (ATTENDED); status: HOLDS. One row per
-- relationship and article: the writer never writes a relationship's evidence twice for one article
-- (graph-writer.ts) and merges move only what the kept person lacks (move-person-evidence.sql).
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY, edge_id INTEGER NOT NULL REFERENCES rel(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES article(id), quote TEXT NOT NULL, seen TEXT, status TEXT, roles INTEGER NOT NULL DEFAULT 0
);
-- A relationship's evidence in stored order: the table's rows lie in the order articles came in,
-- so the 2,000 citations of a page's chairs were 2,000 scattered rows; here they are a few runs of
-- neighbouring entries, and articles, dates, states and counts read from the index alone (quotes
-- from the table: holding them here too held every quote twice). It is the table's only index
-- (schema 3): a second one, unique on (edge_id, article_id), was a third place each evidence row
-- landed at random, and a fifth of the writer's time (BENCHMARKS.md, issue 11).
CREATE INDEX evidence_cover ON evidence(edge_id, id, article_id, seen, status, roles);

-- Folded names (src/text fold) of what search finds: people, bodies, meetings, directives.
CREATE VIRTUAL TABLE name_search USING fts5(folded, kind UNINDEXED, node_id UNINDEXED);

CREATE INDEX person_folded ON person(folded, id);
CREATE INDEX person_province ON person(province_key, folded, id);
CREATE INDEX person_alias_person ON person_alias(person_id);
CREATE INDEX organization_folded ON organization(folded, id);
CREATE INDEX organization_province ON organization(province_key, folded, id);
CREATE INDEX position_folded ON position(folded);
CREATE INDEX position_organization ON position(organization_id);
CREATE INDEX meeting_date ON meeting(coalesce(date, '') DESC, id);
CREATE INDEX meeting_province_date ON meeting(province_key, coalesce(date, '') DESC, id);
-- Oldest first, meetings without a full date last (src/store/sqlite/orders.ts): the same expression.
CREATE INDEX meeting_date_asc ON meeting((CASE WHEN date >= '0' THEN date ELSE '~' || coalesce(date, '~') END), id);
CREATE INDEX meeting_province_date_asc ON meeting(province_key, (CASE WHEN date >= '0' THEN date ELSE '~' || coalesce(date, '~') END), id);
CREATE INDEX directive_date ON directive(coalesce(date, '') DESC, id);
CREATE INDEX locality_level ON locality(level, folded);

-- Personnel events (appointed, elected, ...): who, which post, from when, decided by whom, by which
-- document; each article reporting one is a row of event_source.
CREATE TABLE event (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id TEXT NOT NULL, position_id TEXT NOT NULL REFERENCES position(id),
  date TEXT, decision_number TEXT, directive_id TEXT, decided_by_id TEXT
) WITHOUT ROWID;
CREATE INDEX event_person ON event(person_id, date);
CREATE TABLE event_source (
  event_id TEXT NOT NULL REFERENCES event(id), article_id TEXT NOT NULL REFERENCES article(id), quote TEXT NOT NULL,
  PRIMARY KEY (event_id, article_id)
) WITHOUT ROWID;

-- Reviewers' decisions on pairs of people (a < b); the latest row of a pair is its decision.
CREATE TABLE merge_review (
  id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL, decision TEXT NOT NULL, note TEXT, reviewer TEXT, decided_at TEXT NOT NULL
);
CREATE INDEX merge_review_pair ON merge_review(a, b, id);
-- What each merge moved, so that it can be undone exactly: the person merged away, its
-- relationships with their evidence (and which evidence the kept person did not have), its events.
CREATE TABLE merge_log (alias TEXT PRIMARY KEY, kept TEXT NOT NULL, snapshot TEXT NOT NULL, merged_at TEXT NOT NULL) WITHOUT ROWID;
