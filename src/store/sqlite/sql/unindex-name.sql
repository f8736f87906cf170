-- node_id is not indexed: a scan, for the rare operator merge.
DELETE FROM name_search WHERE node_id = :id
