-- Every ticket update is a non-HOT update (it changes updated_at), so it inserts into every index of tickets, and
-- the sort indexes of V035 are keyed in an order unrelated to time: each insertion lands on a random leaf page,
-- which after a checkpoint costs a full-page image in the WAL. That made status changes about 8 % slower.
-- "created" is the one sort the web app does not offer (only ?sort=created in a URL reaches it): its index keeps
-- the order (a page costs the same at any depth) but no longer carries the views' and filters' columns, so it is
-- less than half the size (and like H2's twin of V035). A view or filter on that sort is checked on the table row.
DROP INDEX tickets_sorted_by_created;
CREATE INDEX tickets_sorted_by_created ON tickets (organisation_id, created_at, id);
