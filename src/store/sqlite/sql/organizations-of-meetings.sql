SELECT dst AS meetingId, src AS organizationId FROM edge WHERE type = 'TOOK_PART' AND dst IN (SELECT value FROM json_each(:ids))
