-- EXPLAIN (ANALYZE, BUFFERS) of the SQL the server issues, copied from today's code:
--   lists   TicketQueries.list   (SELECT TicketRepository.COLUMNS ... WHERE org AND view [AND filters] [AND cursor]
--                                 ORDER BY <sort key> <dir>, t.id <dir> LIMIT 51)
--   counts  TicketTally.counts (TicketQueries.counts and activeTicketsPerQueue, GET /api/queues)
--   fetch   TicketRepository.find + ActivityQueries.trail
--   change  TicketRepository.findAllForUpdate + update + ActivityRecorder.append (rolled back)
-- for the "Demo Support" organisation and its agent Alice (the caller of bench/run.sh).
-- Keep in step with TicketQueries / TicketRepository / TicketView / TicketSort when their SQL changes.
--
-- Cursor pages compare rows, (key, t.id) < (:k, :kid), which starts the index scan at the cursor; priority and
-- status sorts add the rank range their view and filters hold (TicketSort.rankRange). Text searches run with
-- plan_cache_mode = force_custom_plan (SET LOCAL in their transaction).
--
-- The server runs these as JDBC prepared statements: after 5 uses on a connection pgjdbc prepares them on the
-- server, and after 5 more executions PostgreSQL may switch to a *generic* plan (parameters unknown). The lists
-- whose plan depends most on the values (search, cursor pages, "my") are therefore also shown with
-- plan_cache_mode = force_generic_plan.
\set ON_ERROR_STOP on
\pset pager off
SET search_path = public;
SELECT id AS org FROM organisations WHERE name = 'Demo Support' \gset
SELECT id AS alice FROM users WHERE email = 'alice@demo.test' \gset
SELECT id AS bob FROM users WHERE email = 'bob@demo.test' \gset
SELECT id AS billing FROM queues WHERE organisation_id = :'org' AND name = 'Billing' \gset
\set cols 't.id, t.organisation_id, t.number, t.created_by, t.created_at, t.version, t.title, t.description, t.status, t.priority, t.queue_id, t.assignee_id, t.updated_at, t.resolved_at, t.closed_at, t.first_responded_at'
\set active '''open'', ''in_progress'', ''pending'''
\set prio_rank '(CASE t.priority WHEN ''low'' THEN 0 WHEN ''medium'' THEN 1 WHEN ''high'' THEN 2 WHEN ''urgent'' THEN 3 END)'
\set status_rank '(CASE t.status WHEN ''open'' THEN 0 WHEN ''in_progress'' THEN 1 WHEN ''pending'' THEN 2 WHEN ''resolved'' THEN 3 WHEN ''closed'' THEN 4 END)'
\set explain 'EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING ON)'

SELECT count(*) AS tickets_in_demo_org,
       count(*) FILTER (WHERE status IN (:active)) AS active,
       count(*) FILTER (WHERE status IN (:active) AND assignee_id = :'alice') AS my,
       count(*) FILTER (WHERE status IN (:active) AND assignee_id IS NULL) AS unassigned
FROM tickets WHERE organisation_id = :'org';
SELECT count(*) AS tickets_in_total FROM tickets;

\echo '### view=my (default sort -updated), first page'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND (t.status IN (:active) AND t.assignee_id = :'alice')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=unassigned'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND (t.status IN (:active) AND t.assignee_id IS NULL)
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=active'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=open (in_progress, pending, resolved, closed: same shape)'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN ('open')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=closed'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN ('closed')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=all'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### team queue worklist: view=active&queueId=<Billing>'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active) AND t.queue_id IN (:'billing')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### filter: view=active&assigneeId=<Bob>'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active) AND t.assignee_id = :'bob'
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### filter: view=all&status=pending&priority=high,urgent'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE AND t.status IN ('pending') AND t.priority IN ('high', 'urgent')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=closed, page 101 by keyset cursor (after 5,000 rows)'
SELECT updated_at AS k, id AS kid FROM tickets t WHERE organisation_id = :'org' AND status = 'closed'
ORDER BY updated_at DESC, id DESC OFFSET 4999 LIMIT 1 \gset
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN ('closed')
  AND (t.updated_at, t.id) < (:'k', :'kid')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=all, page 101 by keyset cursor'
SELECT updated_at AS k, id AS kid FROM tickets t WHERE organisation_id = :'org'
ORDER BY updated_at DESC, id DESC OFFSET 4999 LIMIT 1 \gset
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
  AND (t.updated_at, t.id) < (:'k', :'kid')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=my, page 101 by keyset cursor (or its last page when it is shorter)'
SELECT updated_at AS k, id AS kid FROM tickets t WHERE organisation_id = :'org' AND status IN (:active) AND assignee_id = :'alice'
ORDER BY updated_at DESC, id DESC
OFFSET LEAST(4999, (SELECT count(*) - 1 FROM tickets WHERE organisation_id = :'org' AND status IN (:active) AND assignee_id = :'alice')) LIMIT 1 \gset
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND (t.status IN (:active) AND t.assignee_id = :'alice')
  AND (t.updated_at, t.id) < (:'k', :'kid')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### view=active&sort=priority'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY :prio_rank ASC, t.id ASC LIMIT 51;

\echo '### view=active&sort=-priority'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY :prio_rank DESC, t.id DESC LIMIT 51;

\echo '### view=active&sort=status (TicketSort.rankRange adds the ranks the view holds)'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active) AND :status_rank BETWEEN 0 AND 2
ORDER BY :status_rank ASC, t.id ASC LIMIT 51;

\echo '### view=active&sort=-status'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active) AND :status_rank BETWEEN 0 AND 2
ORDER BY :status_rank DESC, t.id DESC LIMIT 51;

\echo '### view=my&sort=number'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND (t.status IN (:active) AND t.assignee_id = :'alice')
ORDER BY t.number DESC, t.id DESC LIMIT 51;

\echo '### view=all&priority=high&sort=-priority'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE AND t.priority IN ('high') AND :prio_rank BETWEEN 2 AND 2
ORDER BY :prio_rank DESC, t.id DESC LIMIT 51;

\echo '### view=closed&sort=title, page 101 by keyset cursor'
SELECT title AS tk, id AS tkid FROM tickets t WHERE organisation_id = :'org' AND status = 'closed'
ORDER BY title, id OFFSET 4999 LIMIT 1 \gset
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN ('closed')
  AND (t.title, t.id) > (:'tk', :'tkid')
ORDER BY t.title ASC, t.id ASC LIMIT 51;

\echo '### view=active&sort=title'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY t.title ASC, t.id ASC LIMIT 51;

\echo '### view=all&sort=-priority'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
ORDER BY :prio_rank DESC, t.id DESC LIMIT 51;

\echo '### view=active&sort=assignee (V106 key on the row, V107 tickets_sorted_by_assignee)'
:explain SELECT :cols, t.assignee_sort_key AS sort_key FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY t.assignee_sort_key ASC, t.id ASC LIMIT 51;

\echo '### view=active&sort=-assignee'
:explain SELECT :cols, t.assignee_sort_key AS sort_key FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY t.assignee_sort_key DESC, t.id DESC LIMIT 51;

\echo '### view=all&sort=assignee, page 101 by keyset cursor'
SELECT assignee_sort_key AS ak, id AS akid FROM tickets t WHERE organisation_id = :'org'
ORDER BY assignee_sort_key, id OFFSET 4999 LIMIT 1 \gset
:explain SELECT :cols, t.assignee_sort_key AS sort_key FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
  AND (t.assignee_sort_key, t.id) > (:'ak', :'akid')
ORDER BY t.assignee_sort_key ASC, t.id ASC LIMIT 51;

\echo '### view=active&status=open,pending&assigneeId=none&sort=assignee (multi-status + Unassigned filter)'
:explain SELECT :cols, t.assignee_sort_key AS sort_key FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
  AND t.status IN ('open', 'pending') AND t.assignee_id IS NULL
ORDER BY t.assignee_sort_key ASC, t.id ASC LIMIT 51;

\echo '### view=active&sort=queue'
:explain SELECT :cols, t.queue_sort_key AS sort_key FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY t.queue_sort_key ASC, t.id ASC LIMIT 51;

\echo '### view=my&sort=-queue'
:explain SELECT :cols, t.queue_sort_key AS sort_key FROM tickets t WHERE t.organisation_id = :'org' AND (t.status IN (:active) AND t.assignee_id = :'alice')
ORDER BY t.queue_sort_key DESC, t.id DESC LIMIT 51;

\echo '### view=closed&sort=queue, page 101 by keyset cursor'
SELECT queue_sort_key AS qk, id AS qkid FROM tickets t WHERE organisation_id = :'org' AND status = 'closed'
ORDER BY queue_sort_key, id OFFSET 4999 LIMIT 1 \gset
:explain SELECT :cols, t.queue_sort_key AS sort_key FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN ('closed')
  AND (t.queue_sort_key, t.id) > (:'qk', :'qkid')
ORDER BY t.queue_sort_key ASC, t.id ASC LIMIT 51;

-- text search reads ticket_search_texts (V115), apart from the tickets: a status change does not index the texts again
\echo '### q=invoice (many match), view=all, custom plan'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
  AND EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id AND x.organisation_id = :'org'
    AND (LOWER(x.title) LIKE '%invoice%' ESCAPE '\' OR LOWER(x.description) LIKE '%invoice%' ESCAPE '\'))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### q=chargeback (few match), custom plan'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
  AND EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id AND x.organisation_id = :'org'
    AND (LOWER(x.title) LIKE '%chargeback%' ESCAPE '\' OR LOWER(x.description) LIKE '%chargeback%' ESCAPE '\'))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### q=kumquat (none match), custom plan'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
  AND EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id AND x.organisation_id = :'org'
    AND (LOWER(x.title) LIKE '%kumquat%' ESCAPE '\' OR LOWER(x.description) LIKE '%kumquat%' ESCAPE '\'))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

SELECT number AS some_number FROM tickets WHERE organisation_id = :'org' ORDER BY number DESC OFFSET 500000 LIMIT 1 \gset
\echo '### q=#<number> (the ticket, or texts holding its digits), custom plan'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
  AND EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id AND x.organisation_id = :'org'
    AND (x.number = :some_number OR LOWER(x.title) LIKE '%' || :'some_number' || '%' ESCAPE '\'
         OR LOWER(x.description) LIKE '%' || :'some_number' || '%' ESCAPE '\'))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### q=invoice&view=my, custom plan'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND (t.status IN (:active) AND t.assignee_id = :'alice')
  AND EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id AND x.organisation_id = :'org'
    AND (LOWER(x.title) LIKE '%invoice%' ESCAPE '\' OR LOWER(x.description) LIKE '%invoice%' ESCAPE '\'))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### q=chargeback&sort=-priority, custom plan'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND TRUE
  AND EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id AND x.organisation_id = :'org'
    AND (LOWER(x.title) LIKE '%chargeback%' ESCAPE '\' OR LOWER(x.description) LIKE '%chargeback%' ESCAPE '\'))
ORDER BY :prio_rank DESC, t.id DESC LIMIT 51;

-- the statement as pgjdbc prepares it (named parameters become $n; the pattern is bound once per occurrence)
PREPARE search(uuid, uuid, varchar, varchar) AS SELECT t.id, t.organisation_id, t.number, t.created_by, t.created_at, t.version, t.title, t.description, t.status, t.priority, t.queue_id, t.assignee_id, t.updated_at, t.resolved_at, t.closed_at, t.first_responded_at
FROM tickets t WHERE t.organisation_id = $1 AND TRUE AND EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id
  AND x.organisation_id = $2 AND (LOWER(x.title) LIKE $3 ESCAPE '\' OR LOWER(x.description) LIKE $4 ESCAPE '\'))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;
PREPARE my_after(uuid, uuid, timestamptz, uuid) AS SELECT t.id, t.organisation_id, t.number, t.created_by, t.created_at, t.version, t.title, t.description, t.status, t.priority, t.queue_id, t.assignee_id, t.updated_at, t.resolved_at, t.closed_at, t.first_responded_at
FROM tickets t WHERE t.organisation_id = $1 AND (t.status IN ('open', 'in_progress', 'pending') AND t.assignee_id = $2)
  AND (t.updated_at, t.id) < ($3, $4)
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;
SET plan_cache_mode = force_generic_plan;
\echo '### q=invoice (many match), GENERIC plan (prepared statement, as after 5 executions)'
:explain EXECUTE search(:'org', :'org', '%invoice%', '%invoice%');
\echo '### q=chargeback (few match), GENERIC plan'
:explain EXECUTE search(:'org', :'org', '%chargeback%', '%chargeback%');
\echo '### q=kumquat (none match), GENERIC plan'
:explain EXECUTE search(:'org', :'org', '%kumquat%', '%kumquat%');
\echo '### view=my, page 101 by keyset cursor, GENERIC plan'
:explain EXECUTE my_after(:'org', :'alice', :'k', :'kid');
\echo '### q=kumquat (none match), as the server runs a search: SET LOCAL plan_cache_mode = force_custom_plan'
SET plan_cache_mode = force_custom_plan;
:explain EXECUTE search(:'org', :'org', '%kumquat%', '%kumquat%');
\echo '### q=chargeback (few match), force_custom_plan'
:explain EXECUTE search(:'org', :'org', '%chargeback%', '%chargeback%');
\echo '### q=invoice (many match), force_custom_plan'
:explain EXECUTE search(:'org', :'org', '%invoice%', '%invoice%');
RESET plan_cache_mode;
DEALLOCATE search;
DEALLOCATE my_after;

\echo '### GET /api/tickets/counts: the ticket tally (TicketTally.counts): folded groups + pending changes + the tickets time moved to another SLA standing since they were written (SlaStanding.CROSSINGS, one bitmap OR; now() stands for :now)'
:explain SELECT status, queue_id, assignee_id, sla_standing, SUM(tickets) AS tickets FROM (
    SELECT status, queue_id, assignee_id, sla_standing, tickets FROM ticket_tally WHERE organisation_id = :'org'
    UNION ALL
    SELECT status, queue_id, assignee_id, sla_standing, delta FROM ticket_tally_changes WHERE organisation_id = :'org'
    UNION ALL
    SELECT c.status, c.queue_id, c.assignee_id, CASE WHEN m.delta < 0 THEN c.sla_standing ELSE c.standing_now END, m.delta
    FROM (SELECT t.status, t.queue_id, t.assignee_id, t.sla_standing, CASE WHEN t.sla_due_at <= now() THEN 'breached' WHEN (t.sla_at_risk_at <= now() AND t.sla_due_at > now()) THEN 'at_risk' ELSE 'ok' END AS standing_now
          FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active) AND ((t.sla_standing = 'ok' AND t.sla_at_risk_at <= now() AND t.sla_at_risk_at > TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00') OR (t.sla_standing = 'at_risk' AND t.sla_due_at <= now() AND t.sla_due_at > TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00') OR (t.sla_standing = 'at_risk' AND t.sla_at_risk_at > now() AND t.sla_at_risk_at < TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00') OR (t.sla_standing = 'breached' AND t.sla_due_at > now() AND t.sla_due_at < TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00'))) c
    CROSS JOIN (VALUES (-1), (1)) m (delta)
) g
GROUP BY status, queue_id, assignee_id, sla_standing
HAVING SUM(tickets) <> 0;

\echo '### GET /api/queues: the tally as stored (TicketTally.storedCounts)'
:explain SELECT status, queue_id, assignee_id, sla_standing, SUM(tickets) AS tickets FROM (
    SELECT status, queue_id, assignee_id, sla_standing, tickets FROM ticket_tally WHERE organisation_id = :'org'
    UNION ALL
    SELECT status, queue_id, assignee_id, sla_standing, delta FROM ticket_tally_changes WHERE organisation_id = :'org'
) g
GROUP BY status, queue_id, assignee_id, sla_standing
HAVING SUM(tickets) <> 0;

\echo '### SLA (issue 10): view=at_risk, first page, its default order: nearest due first (TicketView.defaultOrder, TicketSort.DUE with the plain key TicketSort.sqlKey(filter) writes when every ticket has a due instant; now() stands for :now)'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org'
AND (t.status IN (:active) AND (t.sla_at_risk_at <= now() AND t.sla_due_at > now()))
ORDER BY t.sla_due_at ASC, t.id ASC LIMIT 51;

\echo '### SLA: view=at_risk, a later page (row comparison after the cursor: here the 51st row of the first page)'
SELECT t.sla_due_at AS cdue, t.id AS cid FROM tickets t WHERE t.organisation_id = :'org'
AND (t.status IN (:active) AND (t.sla_at_risk_at <= now() AND t.sla_due_at > now()))
ORDER BY t.sla_due_at ASC, t.id ASC OFFSET 50 LIMIT 1 \gset
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org'
AND (t.status IN (:active) AND (t.sla_at_risk_at <= now() AND t.sla_due_at > now()))
AND (t.sla_due_at, t.id) > (CAST(:'cdue' AS TIMESTAMP WITH TIME ZONE), CAST(:'cid' AS UUID))
ORDER BY t.sla_due_at ASC, t.id ASC LIMIT 51;

\echo '### SLA: view=breached, first page, its default order: nearest due first (the longest overdue first)'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org'
AND (t.status IN (:active) AND t.sla_due_at <= now())
ORDER BY t.sla_due_at ASC, t.id ASC LIMIT 51;

\echo '### SLA: view=at_risk&sort=-updated (the former default, still on offer: reads every at-risk and breached row)'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org'
AND (t.status IN (:active) AND (t.sla_at_risk_at <= now() AND t.sla_due_at > now()))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '### SLA standing job (TicketSlaStandings, one batch of 500 per crossing, across organisations)'
BEGIN;
:explain SELECT t.id FROM tickets t WHERE t.status IN (:active) AND t.sla_standing = 'ok' AND t.sla_at_risk_at <= now() AND t.sla_at_risk_at > TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'
ORDER BY t.sla_at_risk_at LIMIT 500 FOR UPDATE SKIP LOCKED;
:explain SELECT t.id FROM tickets t WHERE t.status IN (:active) AND t.sla_standing = 'at_risk' AND t.sla_due_at <= now() AND t.sla_due_at > TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'
ORDER BY t.sla_due_at LIMIT 500 FOR UPDATE SKIP LOCKED;
:explain SELECT t.id FROM tickets t WHERE t.status IN (:active) AND t.sla_standing = 'at_risk' AND t.sla_at_risk_at > now() AND t.sla_at_risk_at < TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00'
ORDER BY t.sla_at_risk_at LIMIT 500 FOR UPDATE SKIP LOCKED;
:explain SELECT t.id FROM tickets t WHERE t.status IN (:active) AND t.sla_standing = 'breached' AND t.sla_due_at > now() AND t.sla_due_at < TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00'
ORDER BY t.sla_due_at LIMIT 500 FOR UPDATE SKIP LOCKED;
ROLLBACK;

\echo '### SLA: view=active&sort=due (TicketSort.DUE, nearest first, no clock last)'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.status IN (:active)
ORDER BY COALESCE(t.sla_due_at, TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00') ASC, t.id ASC LIMIT 51;

\echo '### SLA breach scan (SlaScan.claim, one batch of 100, PostgreSQL lock clause; bench/seed-sla.sql leaves 1,000 fresh breaches among all running clocks)'
BEGIN;
:explain SELECT c.ticket_id, c.kind, c.organisation_id, c.due_at, c.at_risk_at
FROM sla_clocks c JOIN tickets t ON t.id = c.ticket_id
WHERE c.state = 'running' AND c.breach_recorded = FALSE AND c.due_at <= now() ORDER BY c.due_at LIMIT 100
FOR UPDATE OF c SKIP LOCKED FOR KEY SHARE OF t SKIP LOCKED;
ROLLBACK;
\echo '### SLA at-risk scan (SlaScan.claim)'
BEGIN;
:explain SELECT c.ticket_id, c.kind, c.organisation_id, c.due_at, c.at_risk_at
FROM sla_clocks c JOIN tickets t ON t.id = c.ticket_id
WHERE c.state = 'running' AND c.at_risk_recorded = FALSE AND c.at_risk_at <= now() AND c.due_at > now()
ORDER BY c.at_risk_at LIMIT 100
FOR UPDATE OF c SKIP LOCKED FOR KEY SHARE OF t SKIP LOCKED;
ROLLBACK;

\echo '### Automation time-trigger scan (TimeTriggerScan.candidates, first batch of 200; a rule that never fired, so the anti-join finds nothing): time_in_status resolved 3 days, unassigned_for 2 hours, no_agent_reply_for 4 hours'
SELECT gen_random_uuid() AS rule \gset
:explain SELECT t.id, t.number, t.status, t.queue_id, t.priority, t.status_since AS since
FROM tickets t WHERE t.organisation_id = :'org' AND t.status = 'resolved' AND t.status_since <= now() - interval '3 days'
AND NOT EXISTS (SELECT 1 FROM automation_firings f WHERE f.rule_id = :'rule' AND f.ticket_id = t.id AND f.rule_version = 1
                AND f.claim_since = t.status_since)
ORDER BY t.status_since, t.id FETCH FIRST 200 ROWS ONLY;
:explain SELECT t.id, t.number, t.status, t.queue_id, t.priority, t.assignee_since AS since
FROM tickets t WHERE t.organisation_id = :'org' AND t.assignee_id IS NULL AND t.assignee_since <= now() - interval '2 hours'
AND t.status IN (:active)
AND NOT EXISTS (SELECT 1 FROM automation_firings f WHERE f.rule_id = :'rule' AND f.ticket_id = t.id AND f.rule_version = 1
                AND f.claim_since = t.assignee_since)
ORDER BY t.assignee_since, t.id FETCH FIRST 200 ROWS ONLY;
:explain SELECT t.id, t.number, t.status, t.queue_id, t.priority, t.created_at AS since
FROM tickets t WHERE t.organisation_id = :'org' AND t.first_responded_at IS NULL AND t.created_at <= now() - interval '4 hours'
AND t.status IN (:active)
AND NOT EXISTS (SELECT 1 FROM automation_firings f WHERE f.rule_id = :'rule' AND f.ticket_id = t.id AND f.rule_version = 1
                AND f.claim_since = t.created_at)
ORDER BY t.created_at, t.id FETCH FIRST 200 ROWS ONLY;

SELECT id AS tid FROM tickets WHERE organisation_id = :'org' AND number = 500000 % (SELECT last_number FROM ticket_number_counters WHERE organisation_id = :'org') + 1 \gset
\echo '### GET /api/tickets/{id}'
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.id = :'tid';
\echo '### GET /api/tickets/{id}/activity (first page; a later page has seq < its cursor instead)'
:explain SELECT id, seq, actor_id, occurred_at, action, field, old_value, new_value
FROM activity_log
WHERE ticket_id = :'tid' AND seq < 9223372036854775807 AND organisation_id = :'org'
ORDER BY seq DESC
FETCH FIRST 51 ROWS ONLY;

\echo '### PATCH /api/tickets/{id} (status): lock, update with version check and tally changes (one statement, TicketTally.updatedAndMoved), activity row (rolled back); no read-back'
BEGIN;
:explain SELECT :cols FROM tickets t WHERE t.organisation_id = :'org' AND t.id IN (:'tid') ORDER BY t.id FOR UPDATE;
:explain WITH updated AS (UPDATE tickets SET title = title, description = description, status = 'open', priority = priority,
       queue_id = queue_id, assignee_id = assignee_id, updated_at = now(), resolved_at = NULL,
       closed_at = NULL, version = version + 1
WHERE organisation_id = :'org' AND id = :'tid' AND version = (SELECT version FROM tickets WHERE id = :'tid') RETURNING organisation_id)
INSERT INTO ticket_tally_changes (organisation_id, status, queue_id, assignee_id, delta)
SELECT organisation_id, CAST('closed' AS VARCHAR(20)), CAST(:'billing' AS UUID), CAST(NULL AS UUID), -1 FROM updated
UNION ALL SELECT organisation_id, CAST('open' AS VARCHAR(20)), CAST(:'billing' AS UUID), CAST(NULL AS UUID), 1 FROM updated;
:explain INSERT INTO activity_log (id, organisation_id, ticket_id, actor_id, occurred_at, action, field, old_value, new_value)
VALUES (gen_random_uuid(), :'org', :'tid', :'alice', now(), 'changed', 'status', 'closed', 'open');
ROLLBACK;
