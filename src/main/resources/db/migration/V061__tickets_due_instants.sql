-- The nearest due and at-risk instants of a ticket's running service-level clocks (null when none runs).
-- Written in the same transaction as the change that moves them (TicketDeadlines, called by the sla module), so
-- the "at risk" and "breached" views and the "due" sort read an index instead of computing per ticket.
ALTER TABLE tickets ADD COLUMN sla_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN sla_at_risk_at TIMESTAMP WITH TIME ZONE;
