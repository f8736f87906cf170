-- The evidence of relationship e as one JSON list of [article, quote, seen, status, roles], in the
-- order it was stored: SQLite builds it, so a tenure cited by 300 articles is one row, not 300
-- rows each repeating the relationship's columns for JavaScript to fold (src/store/sqlite/evidence.ts).
-- Found through the evidence_cover index (schema 2), named so that the planner takes it whatever
-- statistics the file has; the article and quote come from the table's rows.
(SELECT json_group_array(json_array(article_id, quote, seen, status, roles) ORDER BY id) FROM evidence INDEXED BY evidence_cover WHERE edge_id = e.id)
