-- Parameters in order: type, src node number, dst node number.
INSERT INTO rel (type, src, dst) VALUES (?, ?, ?)
