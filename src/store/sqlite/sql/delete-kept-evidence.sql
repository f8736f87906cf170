-- unmerge: evidence the merge brought to the person kept goes back with the person restored.
DELETE FROM evidence WHERE article_id = :articleId
  AND edge_id = (SELECT id FROM edge WHERE type = :type AND src = :keepId AND dst = :dst)
