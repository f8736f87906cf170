-- The filter of meetings, put into the {{MEETING_FILTER}} slot of find-meetings and count-meetings.
-- A line "  AND ... :param ..." is left out when its first parameter is null; :partial (0 or 1)
-- lets meetings whose date has no year ('--MM-DD' < '0') or no date through the date lines.
WHERE true
  AND m.province_key = :province
  AND m.province_key IN (SELECT value FROM json_each(:provinces))
  AND (m.date >= :from OR (:partial AND coalesce(m.date, '') < '0'))
  AND (m.date <= :to OR (:partial AND coalesce(m.date, '') < '0'))
  AND (substr(m.date, 1, 4) = :year OR (:partial AND coalesce(m.date, '') < '0'))
  AND m.kind = :kind
  AND m.id IN (SELECT dst FROM edge WHERE type = 'CHAIRED' AND src = :chairedBy)
  AND m.id IN (SELECT dst FROM edge WHERE type IN ('CHAIRED', 'ATTENDED') AND src = :attendedBy)
  AND m.id IN (SELECT dst FROM edge WHERE type = 'TOOK_PART' AND src = :organizationId)
  AND m.id IN (SELECT e.dst FROM person p JOIN edge e ON e.type = 'CHAIRED' AND e.src = p.id WHERE instr(p.folded, :chairName) > 0)
  AND m.id IN (SELECT e.dst FROM person p JOIN edge e ON e.type IN ('CHAIRED', 'ATTENDED') AND e.src = p.id WHERE instr(p.folded, :attendeeName) > 0)
  AND m.id IN (SELECT e.dst FROM position pos JOIN edge h ON h.type = 'HOLDS' AND h.dst = pos.id JOIN edge e ON e.type IN ('CHAIRED', 'ATTENDED') AND e.src = h.src WHERE pos.folded = :participantTitle)
