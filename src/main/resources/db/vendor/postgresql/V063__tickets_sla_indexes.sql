-- "Breached" (due passed) and "at risk" (at-risk instant passed, due not yet) over active tickets: range scans on
-- small partial indexes, whose size is the active tickets with a running clock. The at-risk scan reads the
-- at-risk and the breached ones (at_risk_at <= due always) and checks the due inside the index.
CREATE INDEX tickets_active_by_sla_due ON tickets (organisation_id, sla_due_at, id)
    WHERE status IN ('open', 'in_progress', 'pending') AND sla_due_at IS NOT NULL;
CREATE INDEX tickets_active_by_sla_at_risk ON tickets (organisation_id, sla_at_risk_at, id) INCLUDE (sla_due_at)
    WHERE status IN ('open', 'in_progress', 'pending') AND sla_at_risk_at IS NOT NULL;
-- the "due" sort, nearest first and tickets without a due time last (the expression TicketSort.DUE writes)
CREATE INDEX tickets_sorted_by_due ON tickets (organisation_id,
    (COALESCE(sla_due_at, TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00')),
    id, status, assignee_id, queue_id, priority);
-- the breach scan claims running clocks whose crossing is not yet recorded, in due order
CREATE INDEX sla_clocks_unrecorded_breach ON sla_clocks (due_at) WHERE state = 'running' AND NOT breach_recorded;
CREATE INDEX sla_clocks_unrecorded_at_risk ON sla_clocks (at_risk_at) WHERE state = 'running' AND NOT at_risk_recorded;
