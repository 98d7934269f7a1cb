-- Entries the system writes (an SLA at risk or breached) have no person as actor: actor_id is null for them.
ALTER TABLE activity_log ALTER COLUMN actor_id DROP NOT NULL;
