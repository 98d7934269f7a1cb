-- per-organisation ticket numbers: one row per organisation, incremented under its row lock,
-- so numbers are race-free, gap-free for committed tickets and never reused
CREATE TABLE ticket_number_counters (
    organisation_id UUID   NOT NULL PRIMARY KEY REFERENCES organisations (id),
    last_number     BIGINT NOT NULL
);

CREATE TABLE tickets (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    number          BIGINT                   NOT NULL,
    queue_id        UUID                     NOT NULL REFERENCES queues (id),
    created_by      UUID                     NOT NULL REFERENCES users (id),
    assignee_id     UUID REFERENCES users (id),
    title           VARCHAR(300)             NOT NULL,
    description     VARCHAR(20000)           NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    priority        VARCHAR(10)              NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    closed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT tickets_number_unique UNIQUE (organisation_id, number),
    CONSTRAINT tickets_status_check CHECK (status IN ('open', 'in_progress', 'pending', 'resolved', 'closed')),
    CONSTRAINT tickets_priority_check CHECK (priority IN ('low', 'medium', 'high', 'urgent'))
);
-- status views (open, closed, …) newest first, and keyset pages through them
CREATE INDEX tickets_by_status ON tickets (organisation_id, status, updated_at, id);
-- "all" newest first
CREATE INDEX tickets_by_updated ON tickets (organisation_id, updated_at, id);
-- the counts of every view and queue in one index-only pass
CREATE INDEX tickets_view_counts ON tickets (organisation_id, status, queue_id, assignee_id);
-- "My Tickets", "Unassigned" and team-queue worklists: vendor migrations V004_1 (partial indexes on PostgreSQL)
