-- The embedded database holds small data: plain indexes for the sorts on columns (title, created); the priority
-- and status ranks are CASE expressions, which H2 cannot index, and it sorts those few rows itself.
-- PostgreSQL's twin (db/vendor/postgresql/V035) indexes every sort with the views' and filters' columns.
CREATE INDEX tickets_sorted_by_title ON tickets (organisation_id, title, id);
CREATE INDEX tickets_sorted_by_created ON tickets (organisation_id, created_at, id);
