-- The plans of the list and count queries the server issues (same SQL shapes as TicketQueries),
-- for the "Demo Support" organisation and its agent Alice.
\set ON_ERROR_STOP on
SELECT id AS org FROM organisations WHERE name = 'Demo Support' \gset
SELECT id AS alice FROM users WHERE email = 'alice@demo.test' \gset
SELECT count(*) AS tickets_in_demo_org FROM tickets WHERE organisation_id = :'org';
SELECT count(*) AS tickets_in_total FROM tickets;

\echo '=== view=my, default sort (-updated), first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND (t.status IN ('open', 'in_progress', 'pending') AND t.assignee_id = :'alice')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '=== view=unassigned'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND (t.status IN ('open', 'in_progress', 'pending') AND t.assignee_id IS NULL)
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '=== view=open'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND t.status IN ('open')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '=== view=closed, page 100 by keyset cursor'
SELECT updated_at AS k, id AS kid FROM tickets WHERE organisation_id = :'org' AND status = 'closed'
ORDER BY updated_at DESC, id DESC OFFSET 5000 LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND t.status IN ('closed')
  AND (t.updated_at < :'k' OR (t.updated_at = :'k' AND t.id < :'kid'))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '=== view=all'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND TRUE ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '=== team queue worklist (view=active&queueId=)'
SELECT id AS queue FROM queues WHERE organisation_id = :'org' AND name = 'Billing' \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND t.status IN ('open', 'in_progress', 'pending') AND t.queue_id IN (:'queue')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '=== sort by priority (rank expression)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND t.status IN ('open', 'in_progress', 'pending')
ORDER BY (CASE t.priority WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 WHEN 'urgent' THEN 3 END) DESC, t.id DESC LIMIT 51;

\echo '=== text search q=invoice'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.* FROM tickets t
WHERE t.organisation_id = :'org' AND TRUE
  AND (LOWER(t.title) LIKE '%invoice%' ESCAPE '\' OR LOWER(t.description) LIKE '%invoice%' ESCAPE '\')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '=== counts of every view and queue (one grouped pass)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT status, queue_id, assigned_to, COUNT(*) AS n FROM (
  SELECT t.status, t.queue_id,
         CASE WHEN t.assignee_id IS NULL THEN 'NOBODY' WHEN t.assignee_id = :'alice' THEN 'CALLER' ELSE 'SOMEONE_ELSE' END AS assigned_to
  FROM tickets t WHERE t.organisation_id = :'org') grouped
GROUP BY status, queue_id, assigned_to;

\echo '=== per-queue active counts (GET /api/queues)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.queue_id, COUNT(*) FROM tickets t
WHERE t.organisation_id = :'org' AND t.status IN ('open', 'in_progress', 'pending') GROUP BY t.queue_id;
