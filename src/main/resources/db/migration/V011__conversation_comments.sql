-- A ticket's conversation: public replies and internal notes. Never deleted; an edit keeps the text it
-- replaced in comment_revisions; a redaction blanks the text (of the comment and of its revisions) and
-- records who redacted it and when.
CREATE TABLE comments (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    ticket_id       UUID                     NOT NULL REFERENCES tickets (id),
    author_id       UUID                     NOT NULL REFERENCES users (id),
    visibility      VARCHAR(10)              NOT NULL,
    body            VARCHAR(20000)           NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at       TIMESTAMP WITH TIME ZONE,
    redacted_at     TIMESTAMP WITH TIME ZONE,
    redacted_by     UUID REFERENCES users (id),
    CONSTRAINT comments_seq_unique UNIQUE (seq),
    -- lets attachments reference "a comment of this ticket" with one composite foreign key
    CONSTRAINT comments_ticket_id_unique UNIQUE (ticket_id, id),
    CONSTRAINT comments_visibility_check CHECK (visibility IN ('public', 'internal')),
    CONSTRAINT comments_redaction_check CHECK ((redacted_at IS NULL AND redacted_by IS NULL)
        OR (redacted_at IS NOT NULL AND redacted_by IS NOT NULL AND body = ''))
);
CREATE INDEX comments_by_ticket ON comments (ticket_id, seq);

-- the text a comment had before each edit, oldest first
CREATE TABLE comment_revisions (
    id         UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    seq        BIGINT GENERATED ALWAYS AS IDENTITY,
    comment_id UUID                     NOT NULL REFERENCES comments (id),
    body       VARCHAR(20000)           NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT comment_revisions_seq_unique UNIQUE (seq)
);
CREATE INDEX comment_revisions_by_comment ON comment_revisions (comment_id, seq);

-- @mentions of members, one per person per comment; read_at is set when the person has seen it
CREATE TABLE mentions (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    comment_id      UUID                     NOT NULL REFERENCES comments (id),
    user_id         UUID                     NOT NULL REFERENCES users (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mentions_once_per_comment UNIQUE (comment_id, user_id)
);
CREATE INDEX mentions_by_user ON mentions (user_id, organisation_id, created_at);
