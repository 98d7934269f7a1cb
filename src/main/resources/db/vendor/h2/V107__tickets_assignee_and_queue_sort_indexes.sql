-- The embedded database holds small data: plain indexes for the sorts by assignee and by queue (V106's keys).
-- PostgreSQL's twin (db/vendor/postgresql/V107) adds the views' and filters' columns.
CREATE INDEX tickets_sorted_by_assignee ON tickets (organisation_id, assignee_sort_key, id);
CREATE INDEX tickets_sorted_by_queue ON tickets (organisation_id, queue_sort_key, id);
