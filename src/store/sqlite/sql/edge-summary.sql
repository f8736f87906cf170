-- The evidence of relationship e summed up as [first day seen, last day seen, status], the values
-- evidence.ts folds from the whole list (edge-evidence.sql): the status is that of the latest dated
-- evidence (of those seen that day, the last stored), or of the first stored when none is dated.
-- For lists of titles that show neither sources nor citations: read from the index alone.
(SELECT json_array(min(nullif(v.seen, '')), max(nullif(v.seen, '')),
  (SELECT coalesce(s.status, 'current') FROM evidence s INDEXED BY evidence_cover WHERE s.edge_id = e.id
   ORDER BY coalesce(s.seen, '') <> '' DESC, nullif(s.seen, '') DESC, CASE WHEN coalesce(s.seen, '') <> '' THEN -s.id ELSE s.id END LIMIT 1))
 FROM evidence v INDEXED BY evidence_cover WHERE v.edge_id = e.id)
