-- The embedded database's twin of db/vendor/postgresql/V095_1, plus TRUNCATE: H2 fires no trigger on TRUNCATE,
-- but refuses to truncate a table that a foreign key references. These guard tables stay empty forever; their
-- foreign keys make TRUNCATE of the trail and of the checkpoints fail (an owner can still drop them: H2 has one
-- user, see the README's "Production deployment").
CREATE TRIGGER activity_checkpoints_no_update BEFORE UPDATE ON activity_checkpoints FOR EACH ROW
    CALL 'io.worktrackr.activity.H2AppendOnlyTrigger';
CREATE TRIGGER activity_checkpoints_no_delete BEFORE DELETE ON activity_checkpoints FOR EACH ROW
    CALL 'io.worktrackr.activity.H2AppendOnlyTrigger';
CREATE TRIGGER activity_checkpoint_heads_no_update BEFORE UPDATE ON activity_checkpoint_heads FOR EACH ROW
    CALL 'io.worktrackr.activity.H2AppendOnlyTrigger';
CREATE TRIGGER activity_checkpoint_heads_no_delete BEFORE DELETE ON activity_checkpoint_heads FOR EACH ROW
    CALL 'io.worktrackr.activity.H2AppendOnlyTrigger';
CREATE TABLE activity_log_truncate_guard (entry_id UUID REFERENCES activity_log (id));
CREATE TABLE activity_checkpoint_heads_truncate_guard (
    checkpoint_id UUID,
    ticket_id     UUID,
    FOREIGN KEY (checkpoint_id, ticket_id) REFERENCES activity_checkpoint_heads (checkpoint_id, ticket_id)
);
