INSERT INTO position (id, title, folded, organization_id)
VALUES (:id, :title, :folded, :organizationId)
ON CONFLICT (id) DO NOTHING
