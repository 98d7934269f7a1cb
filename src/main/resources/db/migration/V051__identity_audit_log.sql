-- The organisation's audit trail of admin actions (who, what, when). The application only ever INSERTs here;
-- vendor migrations (V051_1) reject UPDATE and DELETE on both databases.
CREATE TABLE audit_log (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    actor_id        UUID                     NOT NULL REFERENCES users (id),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(60)              NOT NULL,
    summary         VARCHAR(1000)            NOT NULL,
    -- a JSON object, written and read by the application only (JSON is not portable SQL)
    details         VARCHAR(20000)           NOT NULL,
    CONSTRAINT audit_log_seq_unique UNIQUE (seq)
);
CREATE INDEX audit_log_by_organisation ON audit_log (organisation_id, seq);
