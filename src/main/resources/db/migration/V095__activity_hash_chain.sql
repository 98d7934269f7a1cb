-- Tamper evidence for the trail (docs/activity-chain.md). Each ticket's entries form a hash chain: an entry
-- stores its place in the ticket's chain (1, 2, …), the hash of the ticket's previous entry and its own hash
-- (SHA-256 over a canonical serialisation of its content and the previous hash). Entries written before this
-- migration keep NULL in all three: they are "before the chain", counted but not covered; a ticket's chain starts
-- at its first new entry.
ALTER TABLE activity_log ADD COLUMN chain_position BIGINT;
ALTER TABLE activity_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE activity_log ADD COLUMN entry_hash VARCHAR(64);
-- one entry per place: a writer that missed the ticket lock fails instead of forking the chain
CREATE UNIQUE INDEX activity_log_chain ON activity_log (ticket_id, chain_position);
-- the checkpoint job's "what changed since the last checkpoint" and the verification's walk of an organisation
CREATE INDEX activity_log_by_organisation ON activity_log (organisation_id, seq);

-- A periodic checkpoint per organisation: every chain's head (ticket, position, hash) at that moment and a
-- Merkle-style root over them, so that deleting a ticket's whole trail (or its newest entries) is detected too.
-- Append-only like the trail (V095_1). The heads name tickets without a foreign key: a deleted ticket must not
-- take its head with it.
CREATE TABLE activity_checkpoints (
    id              UUID PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    up_to_seq       BIGINT                   NOT NULL,
    tickets         BIGINT                   NOT NULL,
    root            VARCHAR(64)              NOT NULL
);
CREATE INDEX activity_checkpoints_by_organisation ON activity_checkpoints (organisation_id, created_at);
CREATE TABLE activity_checkpoint_heads (
    checkpoint_id  UUID        NOT NULL REFERENCES activity_checkpoints (id),
    ticket_id      UUID        NOT NULL,
    chain_position BIGINT      NOT NULL,
    entry_hash     VARCHAR(64) NOT NULL,
    PRIMARY KEY (checkpoint_id, ticket_id)
);
