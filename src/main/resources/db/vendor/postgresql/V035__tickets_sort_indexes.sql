-- Every sort the ticket list offers reads an index in its own order, so a page costs the same at any depth
-- (the list's keyset cursor is a row comparison on (key, id) that starts the index scan at the cursor).
-- Shape: (organisation_id, <sort key>, id, <what views and filters test>). The trailing columns let a view's or
-- filter's equality (status = 'closed', assignee_id = :caller, assignee_id IS NULL, queue_id = :q,
-- priority = :p) be checked inside the index, so rows that don't belong are skipped without reading the table.
-- The active views' status IN (...) is checked on the table row (PostgreSQL 15 keeps an index's order only
-- without an IN list on a later column); active tickets are a third of a help desk's, so that costs about three
-- row reads per listed ticket.
-- The priority and status keys are the same CASE rank expressions TicketSort writes (TicketSort.rank): the
-- expressions must stay identical for PostgreSQL to use these indexes (TicketSortPlansIntegrationTests checks it).
-- "updated": one such index replaces V004's tickets_by_updated. tickets_by_status stays: recently updated
-- tickets are mostly active ones, so a resolved or closed view checking the status inside this index would
-- walk past all of them first (1,200 pages instead of 56 at a million); the small partial worklist indexes of
-- V004_1 stay too. Every index costs each ticket update an insertion (an update changes updated_at, so it is
-- never HOT): six sort indexes, one fewer general one.
CREATE INDEX tickets_sorted_by_priority ON tickets (organisation_id,
    (CASE priority WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 WHEN 'urgent' THEN 3 END),
    id, status, assignee_id, queue_id);
CREATE INDEX tickets_sorted_by_status ON tickets (organisation_id,
    (CASE status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'pending' THEN 2 WHEN 'resolved' THEN 3
                 WHEN 'closed' THEN 4 END),
    id, status, assignee_id, queue_id, priority);
CREATE INDEX tickets_sorted_by_title ON tickets (organisation_id, title, id, status, assignee_id, queue_id, priority);
CREATE INDEX tickets_sorted_by_number ON tickets (organisation_id, number, id, status, assignee_id, queue_id, priority);
CREATE INDEX tickets_sorted_by_created ON tickets (organisation_id, created_at, id, status, assignee_id, queue_id, priority);
CREATE INDEX tickets_sorted_by_updated ON tickets (organisation_id, updated_at, id, status, assignee_id, queue_id, priority);
DROP INDEX tickets_by_updated;
