INSERT INTO edge (type, src, dst) VALUES (:type, :src, :dst)
