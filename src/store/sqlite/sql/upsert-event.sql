INSERT INTO event (id, kind, person_id, position_id, date, decision_number, directive_id, decided_by_id)
VALUES (:id, :kind, :personId, :positionId, :date, :decisionNumber, :directiveId, :decidedById)
ON CONFLICT (id) DO NOTHING
