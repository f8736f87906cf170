-- Parameters in order: type, src, dst.
INSERT INTO edge (type, src, dst) VALUES (?, ?, ?)
