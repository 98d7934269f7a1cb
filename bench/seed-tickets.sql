-- Adds :n tickets to the "Demo Support" organisation and the same number to a second, noisy organisation,
-- spread over statuses, priorities, queues and assignees like a real help desk (most tickets closed).
-- psql -v n=300000 -f bench/seed-tickets.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE demo AS SELECT id AS org FROM organisations WHERE name = 'Demo Support';
INSERT INTO organisations (id, name, created_at)
SELECT gen_random_uuid(), 'Noisy Neighbour', now() WHERE NOT EXISTS (SELECT 1 FROM organisations WHERE name = 'Noisy Neighbour');
INSERT INTO queues (id, organisation_id, name, is_default, archived, created_at)
SELECT gen_random_uuid(), o.id, 'General', TRUE, FALSE, now() FROM organisations o
WHERE o.name = 'Noisy Neighbour' AND NOT EXISTS (SELECT 1 FROM queues q WHERE q.organisation_id = o.id);

CREATE TEMP TABLE ctx AS
SELECT o.id AS org,
       (SELECT array_agg(q.id ORDER BY q.name) FROM queues q WHERE q.organisation_id = o.id) AS queues,
       (SELECT array_agg(m.user_id ORDER BY m.user_id) FROM memberships m WHERE m.organisation_id = o.id) AS people,
       (SELECT COALESCE(MAX(number), 0) FROM tickets t WHERE t.organisation_id = o.id) AS start_number,
       (SELECT created_by FROM tickets t WHERE t.organisation_id = (SELECT org FROM demo) LIMIT 1) AS creator
FROM organisations o WHERE o.name IN ('Demo Support', 'Noisy Neighbour');

INSERT INTO tickets (id, organisation_id, number, queue_id, created_by, assignee_id, title, description, status,
                     priority, version, created_at, updated_at, resolved_at, closed_at)
SELECT gen_random_uuid(), c.org, c.start_number + g,
       c.queues[1 + (g % array_length(c.queues, 1))],
       c.creator,
       CASE WHEN c.people IS NULL OR g % 5 = 0 THEN NULL ELSE c.people[1 + (g % array_length(c.people, 1))] END,
       'Ticket ' || g || ' about ' || (ARRAY['billing', 'login', 'export', 'invoice', 'crash', 'refund', 'sso'])[1 + g % 7],
       'Generated description number ' || g || ' with some words to search through.',
       (ARRAY['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'resolved', 'open', 'in_progress', 'pending'])[1 + g % 10],
       (ARRAY['low', 'medium', 'high', 'urgent'])[1 + (g / 10) % 4],
       0, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, NULL, NULL
FROM ctx c, generate_series(1, :n) AS g;

INSERT INTO ticket_number_counters (organisation_id, last_number)
SELECT org, 0 FROM ctx ON CONFLICT DO NOTHING;
UPDATE ticket_number_counters n SET last_number = (SELECT MAX(number) FROM tickets t WHERE t.organisation_id = n.organisation_id)
WHERE organisation_id IN (SELECT org FROM ctx);
COMMIT;
-- as autovacuum would have by now: sets the visibility map so counts are index-only
VACUUM ANALYZE tickets;
