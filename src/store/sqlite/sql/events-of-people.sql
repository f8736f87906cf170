SELECT ev.id, ev.kind, ev.person_id AS personId, ev.position_id AS positionId, pos.title, pos.organization_id AS organizationId,
  ev.date, ev.decision_number AS decisionNumber, ev.directive_id AS directiveId, ev.decided_by_id AS decidedById,
  (SELECT json_group_array(json_object('articleId', s.article_id, 'quote', s.quote)) FROM event_source s WHERE s.event_id = ev.id) AS sources
FROM event ev
JOIN position pos ON pos.id = ev.position_id
WHERE ev.person_id IN (SELECT value FROM json_each(:ids))
ORDER BY coalesce(ev.date, ''), ev.id
