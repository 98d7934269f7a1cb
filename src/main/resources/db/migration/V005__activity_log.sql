-- The append-only trail of every ticket change. The application only ever INSERTs here;
-- on PostgreSQL a trigger (V005_1) rejects UPDATE, DELETE and TRUNCATE.
CREATE TABLE activity_log (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    ticket_id       UUID                     NOT NULL REFERENCES tickets (id),
    actor_id        UUID                     NOT NULL REFERENCES users (id),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(40)              NOT NULL,
    field           VARCHAR(40),
    old_value       VARCHAR(20000),
    new_value       VARCHAR(20000),
    CONSTRAINT activity_log_seq_unique UNIQUE (seq)
);
CREATE INDEX activity_log_by_ticket ON activity_log (ticket_id, seq);
