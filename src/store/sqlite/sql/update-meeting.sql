-- Two reports of one meeting may title it differently; the first title is kept, the others
-- stay readable in the sources.
UPDATE meeting SET title = coalesce(title, :title), kind = coalesce(kind, :kind), part_of_day = coalesce(part_of_day, :partOfDay)
WHERE id = :id AND ((title IS NULL AND :title IS NOT NULL) OR (kind IS NULL AND :kind IS NOT NULL) OR (part_of_day IS NULL AND :partOfDay IS NOT NULL))
