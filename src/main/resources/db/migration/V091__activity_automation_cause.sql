-- Entries written for a change an automation rule made (actor_id null): which rule, which version, and why.
ALTER TABLE activity_log ADD COLUMN automation_rule_id UUID;
ALTER TABLE activity_log ADD COLUMN automation_rule_name VARCHAR(200);
ALTER TABLE activity_log ADD COLUMN automation_rule_version INT;
ALTER TABLE activity_log ADD COLUMN automation_because VARCHAR(1000);
