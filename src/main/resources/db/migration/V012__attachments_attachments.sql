-- Files on a ticket or on one of its comments. The bytes live in the AttachmentStore (disk or S3) under
-- storage_key; this row is written only after the bytes are stored, and the two are removed together
-- if the row cannot be written.
CREATE TABLE attachments (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    ticket_id       UUID                     NOT NULL REFERENCES tickets (id),
    comment_id      UUID,
    -- 1..limit for a comment's files: unique per comment, so concurrent uploads cannot pass the limit
    comment_slot    INT,
    uploaded_by     UUID                     NOT NULL REFERENCES users (id),
    filename        VARCHAR(255)             NOT NULL,
    content_type    VARCHAR(255)             NOT NULL,
    size_bytes      BIGINT                   NOT NULL,
    sha256          CHAR(64)                 NOT NULL,
    storage_key     VARCHAR(300)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attachments_seq_unique UNIQUE (seq),
    CONSTRAINT attachments_storage_key_unique UNIQUE (storage_key),
    -- the comment, when given, must be one of this ticket's (checked by the database, not by a lookup)
    CONSTRAINT attachments_comment_of_ticket FOREIGN KEY (ticket_id, comment_id) REFERENCES comments (ticket_id, id),
    CONSTRAINT attachments_comment_slot_unique UNIQUE (comment_id, comment_slot),
    CONSTRAINT attachments_slot_with_comment CHECK ((comment_id IS NULL AND comment_slot IS NULL)
        OR (comment_id IS NOT NULL AND comment_slot IS NOT NULL)),
    CONSTRAINT attachments_size_check CHECK (size_bytes >= 0)
);
CREATE INDEX attachments_by_ticket ON attachments (ticket_id, seq);
