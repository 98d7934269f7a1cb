CREATE TABLE queues (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    name            VARCHAR(100)             NOT NULL,
    is_default      BOOLEAN                  NOT NULL DEFAULT FALSE,
    archived        BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT queues_name_unique UNIQUE (organisation_id, name),
    CONSTRAINT queues_default_is_not_archived CHECK (NOT (is_default AND archived))
);
-- "at most one default per organisation" is a vendor migration (V003_1); "at least one" is kept by
-- QueueManagement, which only ever moves the default from one queue to another.
