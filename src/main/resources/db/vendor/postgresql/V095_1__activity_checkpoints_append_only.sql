-- The checkpoints are append-only like the trail (V005_1); the application's own role, when it has one, is
-- granted only INSERT and SELECT on all three tables (afterMigrate__application_role.sql).
CREATE FUNCTION activity_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END
$$;

CREATE TRIGGER activity_checkpoints_no_update_or_delete
    BEFORE UPDATE OR DELETE ON activity_checkpoints
    FOR EACH ROW EXECUTE FUNCTION activity_reject_change();
CREATE TRIGGER activity_checkpoints_no_truncate
    BEFORE TRUNCATE ON activity_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION activity_reject_change();
CREATE TRIGGER activity_checkpoint_heads_no_update_or_delete
    BEFORE UPDATE OR DELETE ON activity_checkpoint_heads
    FOR EACH ROW EXECUTE FUNCTION activity_reject_change();
CREATE TRIGGER activity_checkpoint_heads_no_truncate
    BEFORE TRUNCATE ON activity_checkpoint_heads
    FOR EACH STATEMENT EXECUTE FUNCTION activity_reject_change();
