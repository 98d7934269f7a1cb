-- Where a ticket stood against its service level when its row was last written (io.worktrackr.tickets.SlaStanding):
-- 'ok', 'at_risk' or 'breached'. It joins the tally's group, so the "at risk" and "breached" counts are read from the
-- tally like every other count instead of a range count of the organisation's tickets per call.
-- Existing tickets start 'ok': the counts move the ones time has taken further at read time (exact from the first
-- read), and the scheduled TicketSlaStandings writes them down within seconds of the upgrade.
ALTER TABLE tickets ADD COLUMN sla_standing VARCHAR(10) DEFAULT 'ok' NOT NULL;
ALTER TABLE ticket_tally ADD COLUMN sla_standing VARCHAR(10) DEFAULT 'ok' NOT NULL;
ALTER TABLE ticket_tally_changes ADD COLUMN sla_standing VARCHAR(10) DEFAULT 'ok' NOT NULL;
ALTER TABLE ticket_tally DROP CONSTRAINT ticket_tally_one_row_per_group;
ALTER TABLE ticket_tally ADD CONSTRAINT ticket_tally_one_row_per_group
    UNIQUE NULLS NOT DISTINCT (organisation_id, status, queue_id, assignee_id, sla_standing);
