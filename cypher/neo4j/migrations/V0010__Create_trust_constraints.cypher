// Sign-in, audit trail and problem reports: a user's name, a change and a report are keys.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT problem_report_id IF NOT EXISTS FOR (n:ProblemReport) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId);
CREATE INDEX problem_report_status IF NOT EXISTS FOR (n:ProblemReport) ON (n.status);
