INSERT INTO name_search (folded, kind, node_id) VALUES (:folded, :kind, :id)
