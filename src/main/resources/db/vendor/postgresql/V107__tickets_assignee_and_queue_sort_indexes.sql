-- "by assignee" and "by queue" read one index each in their own order, the same shape as V035's sort indexes:
-- (organisation_id, <sort key>, id, <what views and filters test>), so a page costs the same at any depth and a
-- view's or filter's equality is checked inside the index. The keys are V106's columns (TicketSortKeys).
-- A plain CREATE INDEX: it reads the table and blocks writes while it builds, it does not rewrite it.
CREATE INDEX tickets_sorted_by_assignee ON tickets (organisation_id, assignee_sort_key, id, status, assignee_id,
    queue_id, priority);
CREATE INDEX tickets_sorted_by_queue ON tickets (organisation_id, queue_sort_key, id, status, assignee_id,
    queue_id, priority);
