-- The evidence of relationship e as edge-evidence.sql lists it, without its article or quote:
-- what a tenure's dates and status need, and less to build and parse.
(SELECT json_group_array(json_array(NULL, NULL, seen, status, roles) ORDER BY id) FROM evidence INDEXED BY evidence_cover WHERE edge_id = e.id)
