-- Gives the seeded tickets (bench/seed-tickets.sql) service-level state, so that the "at risk" and "breached"
-- views, their counts, the "due" sort and the breach scan are measured on realistic populations (issue 10):
--
--   psql -f bench/seed-sla.sql          (run by bench/run.sh after seed-tickets.sql)
--
-- Every open or in-progress ticket, in both organisations, gets a nearest due instant spread over the next 30 days
-- from one day ago (about 1 in 30 breached, about 1 in 180 at risk: at risk 4 hours before due); pending, resolved
-- and closed tickets have no running clock (null), as the sla module leaves them. In "Demo Support" (the only
-- organisation with SLA policies) each of those tickets also gets its running resolution clock in sla_clocks, with
-- every crossing already recorded except 1,000 breaches that happened in the last minute: one breach scan then finds
-- exactly those 1,000 among hundreds of thousands of running clocks (its cost must follow the crossings, not the
-- tickets). Deterministic (setseed); idempotent (the clocks are replaced).
\set ON_ERROR_STOP on
\timing on
SET client_min_messages = warning;
SET work_mem = '512MB';
SET synchronous_commit = off;

BEGIN;
SELECT setseed(0.17);

\echo 'nearest due and at-risk instants of active tickets'
UPDATE tickets
SET sla_due_at = d.due, sla_at_risk_at = d.due - INTERVAL '4 hours'
FROM (SELECT id, now() + (random() * 30 - 1) * INTERVAL '1 day' AS due
      FROM tickets WHERE status IN ('open', 'in_progress')) d
WHERE tickets.id = d.id;
UPDATE tickets SET sla_due_at = NULL, sla_at_risk_at = NULL
WHERE status NOT IN ('open', 'in_progress') AND sla_due_at IS NOT NULL;

\echo 'running resolution clocks in Demo Support'
DELETE FROM sla_clocks c USING tickets t
WHERE t.id = c.ticket_id AND t.organisation_id = (SELECT id FROM organisations WHERE name = 'Demo Support')
  AND c.kind = 'resolution';
INSERT INTO sla_clocks (ticket_id, kind, organisation_id, policy_id, target_minutes, threshold_minutes, started_at,
                        state, used_ms, since, due_at, at_risk_at, met_at, breached_at, at_risk_recorded, breach_recorded)
SELECT t.id, 'resolution', t.organisation_id,
       (SELECT p.id FROM sla_policies p WHERE p.organisation_id = t.organisation_id ORDER BY p.position LIMIT 1),
       1440, 240, t.created_at, 'running', 0, t.created_at, t.sla_due_at, t.sla_at_risk_at, NULL,
       CASE WHEN t.sla_due_at <= now() THEN t.sla_due_at END,
       t.sla_at_risk_at <= now(), t.sla_due_at <= now()
FROM tickets t
WHERE t.organisation_id = (SELECT id FROM organisations WHERE name = 'Demo Support')
  AND t.status IN ('open', 'in_progress');

\echo '1,000 breaches in the last minute, not yet recorded'
WITH fresh AS (
    SELECT t.id, now() - random() * INTERVAL '1 minute' AS due
    FROM tickets t JOIN sla_clocks c ON c.ticket_id = t.id AND c.kind = 'resolution'
    WHERE t.organisation_id = (SELECT id FROM organisations WHERE name = 'Demo Support')
    ORDER BY t.id LIMIT 1000
), moved AS (
    UPDATE tickets t SET sla_due_at = f.due, sla_at_risk_at = f.due - INTERVAL '4 hours' FROM fresh f WHERE t.id = f.id
)
UPDATE sla_clocks c
SET due_at = f.due, at_risk_at = f.due - INTERVAL '4 hours', breached_at = NULL,
    at_risk_recorded = TRUE, breach_recorded = FALSE
FROM fresh f WHERE c.ticket_id = f.id AND c.kind = 'resolution';
COMMIT;

VACUUM (ANALYZE) tickets, sla_clocks;

SELECT o.name AS organisation,
       count(*) FILTER (WHERE t.sla_due_at <= now()) AS breached,
       count(*) FILTER (WHERE t.sla_at_risk_at <= now() AND t.sla_due_at > now()) AS at_risk,
       count(t.sla_due_at) AS with_due
FROM tickets t JOIN organisations o ON o.id = t.organisation_id
WHERE t.status IN ('open', 'in_progress', 'pending')
GROUP BY o.name ORDER BY o.name;
SELECT count(*) FILTER (WHERE state = 'running') AS running_clocks,
       count(*) FILTER (WHERE state = 'running' AND NOT breach_recorded AND due_at <= now()) AS unrecorded_breaches
FROM sla_clocks;
