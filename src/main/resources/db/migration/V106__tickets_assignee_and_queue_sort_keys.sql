-- The keys of the "by assignee" and "by queue" sorts: the assignee's and the queue's name, lower case, on the
-- ticket row (unassigned = ''), written by TicketRepository with the assignee and the queue and re-keyed after a
-- rename (TicketSortKeys). A name in another table cannot be read in order from one index; on the row it can
-- (db/vendor/*/V107). Adding a column with a constant default does not rewrite the table on PostgreSQL 11+;
-- the one UPDATE below writes each existing ticket once.
ALTER TABLE tickets ADD COLUMN assignee_sort_key VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE tickets ADD COLUMN queue_sort_key VARCHAR(200) DEFAULT '' NOT NULL;
UPDATE tickets SET
    queue_sort_key = COALESCE((SELECT LOWER(q.name) FROM queues q WHERE q.id = tickets.queue_id), ''),
    assignee_sort_key = COALESCE((SELECT LOWER(u.name) FROM users u WHERE u.id = tickets.assignee_id), '');
