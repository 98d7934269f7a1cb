-- The embedded database's twins of db/vendor/postgresql/V063 (no partial or expression indexes on H2).
CREATE INDEX tickets_by_sla_due ON tickets (organisation_id, sla_due_at, id);
CREATE INDEX tickets_by_sla_at_risk ON tickets (organisation_id, sla_at_risk_at, id);
CREATE INDEX sla_clocks_by_due ON sla_clocks (state, breach_recorded, due_at);
CREATE INDEX sla_clocks_by_at_risk ON sla_clocks (state, at_risk_recorded, at_risk_at);
