-- A line "  AND ... :param ..." is left out when that parameter is null (see statements.ts).
-- {{KEY}}, {{AFTER}} and {{DIRECTION}} are the order's sort key, comparison and direction (orders.ts).
SELECT p.id, p.name, p.gender, p.province,
  (SELECT json_group_array(alias ORDER BY rowid) FROM person_alias WHERE person_id = p.id) AS aliases,
  {{KEY}} AS sortKey
FROM person p
WHERE true
  AND instr(p.folded, :name) > 0
  AND p.province_key = :province
  AND EXISTS (SELECT 1 FROM position pos JOIN edge e ON e.type = 'HOLDS' AND e.src = p.id AND e.dst = pos.id WHERE pos.organization_id = :organizationId)
  AND {{KEY}} {{AFTER}}= :afterKey AND ({{KEY}} {{AFTER}} :afterKey OR p.id > :afterId)
ORDER BY sortKey {{DIRECTION}}, p.id
LIMIT :limit OFFSET :offset
