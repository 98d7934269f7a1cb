-- Since when a ticket has had its status, and its assignee (or nobody): what time triggers of automation rules
-- ("resolved for 3 days", "unassigned for 30 minutes") count from. Written by TicketRepository with the change.
ALTER TABLE tickets ADD COLUMN status_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN assignee_since TIMESTAMP WITH TIME ZONE;
UPDATE tickets SET status_since = CASE
        WHEN status = 'closed' AND closed_at IS NOT NULL THEN closed_at
        WHEN status = 'resolved' AND resolved_at IS NOT NULL THEN resolved_at
        ELSE updated_at END,
    assignee_since = updated_at;
ALTER TABLE tickets ALTER COLUMN status_since SET NOT NULL;
ALTER TABLE tickets ALTER COLUMN assignee_since SET NOT NULL;
-- the time-trigger scan reads only the tickets past the threshold (see bench/automation-time-triggers.md)
CREATE INDEX tickets_by_status_since ON tickets (organisation_id, status, status_since);
CREATE INDEX tickets_by_assignee_since ON tickets (organisation_id, assignee_id, assignee_since);
CREATE INDEX tickets_awaiting_first_response ON tickets (organisation_id, first_responded_at, created_at);
