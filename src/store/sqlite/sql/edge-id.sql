-- Parameters in order: type, src node number, dst node number.
SELECT id FROM rel WHERE type = ? AND src = ? AND dst = ?
