-- The worklists hold only active tickets, a small part of a help desk's history: partial indexes keep them
-- small and already in the lists' order (checked with bench/plans.sql on 300,000 tickets per organisation).
CREATE INDEX tickets_active_by_assignee ON tickets (organisation_id, assignee_id, updated_at, id)
    WHERE status IN ('open', 'in_progress', 'pending');
CREATE INDEX tickets_active_unassigned ON tickets (organisation_id, updated_at, id)
    WHERE assignee_id IS NULL AND status IN ('open', 'in_progress', 'pending');
CREATE INDEX tickets_active_by_queue ON tickets (organisation_id, queue_id, updated_at, id)
    WHERE status IN ('open', 'in_progress', 'pending');

-- text search (q) is LOWER(column) LIKE '%words%': trigram indexes answer it without reading every ticket.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX tickets_title_trigrams ON tickets USING gin (LOWER(title) gin_trgm_ops);
CREATE INDEX tickets_description_trigrams ON tickets USING gin (LOWER(description) gin_trgm_ops);
