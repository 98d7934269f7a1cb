-- Why the system wrote an entry, where the action alone does not say: for `sla_due_moved`, what an admin changed
-- that moved the clock (`policy` or `calendar`). Null for every other entry, and for entries written before.
ALTER TABLE activity_log ADD COLUMN reason VARCHAR(20);
