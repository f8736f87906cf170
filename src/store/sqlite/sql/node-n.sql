-- The number of a node id (schema.sql, node), if a relationship has needed it yet.
SELECT n FROM node WHERE id = ?
