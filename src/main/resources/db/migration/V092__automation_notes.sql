-- The internal notes automation rules added: a rule's own note never starts rules (no loops through notes).
CREATE TABLE automation_notes (
    comment_id      UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisations (id),
    rule_id         UUID NOT NULL
);
