SELECT src AS meetingId, dst AS directiveId FROM edge WHERE type = 'REFERENCES' AND src IN (SELECT value FROM json_each(:ids))
