-- H2 has no partial indexes: plain ones for "My Tickets", "Unassigned" and team-queue worklists.
CREATE INDEX tickets_by_assignee ON tickets (organisation_id, assignee_id, status, updated_at);
CREATE INDEX tickets_by_queue ON tickets (organisation_id, queue_id, status, updated_at);
