-- Parameters in order: type, src, dst.
SELECT id FROM edge WHERE type = ? AND src = ? AND dst = ?
