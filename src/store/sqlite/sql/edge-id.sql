SELECT id FROM edge WHERE type = :type AND src = :src AND dst = :dst
