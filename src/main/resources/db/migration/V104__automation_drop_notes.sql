-- A rule's note now says so itself (comments.automation_rule_id, V103): the side table that marked them is gone.
DROP TABLE automation_notes;
