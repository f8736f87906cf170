-- merge-people: the person kept gets a node number if no relationship gave it one yet.
INSERT INTO node (id) VALUES (:id) ON CONFLICT (id) DO NOTHING
