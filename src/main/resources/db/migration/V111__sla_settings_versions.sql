-- Which version of an organisation's SLA policies and calendars is current. Every status change and every answer
-- about a ticket needs them; each node keeps them parsed in memory and checks this one row (a primary-key read)
-- instead of reading and parsing all policies and calendars each time. Every write to sla_policies or
-- sla_calendars sets a new random token in the same transaction, so a rolled-back write's token never comes back
-- and any node sees the change as soon as it commits.
CREATE TABLE sla_settings_versions (
    organisation_id UUID NOT NULL PRIMARY KEY REFERENCES organisations (id),
    token           UUID NOT NULL
);

-- an organisation's id is a token no later change can produce (those are random)
INSERT INTO sla_settings_versions (organisation_id, token)
SELECT DISTINCT organisation_id, organisation_id FROM sla_policies;
