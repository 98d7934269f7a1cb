-- The instant a time trigger's condition began (status entered, unassigned since, created): with the rule version
-- and the ticket it identifies one firing period, so the scan skips periods already fired without reading them.
ALTER TABLE automation_firings ADD COLUMN claim_since TIMESTAMP WITH TIME ZONE;
CREATE INDEX automation_firings_by_claim ON automation_firings (rule_id, ticket_id, claim_since);
