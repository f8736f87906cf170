-- A node id a relationship needs for the first time; its number is the new rowid.
INSERT INTO node (id) VALUES (?)
