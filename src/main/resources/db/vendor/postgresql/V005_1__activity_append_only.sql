CREATE FUNCTION activity_log_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'activity_log is append-only: % is not allowed', TG_OP;
END
$$;

CREATE TRIGGER activity_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON activity_log
    FOR EACH ROW EXECUTE FUNCTION activity_log_reject_change();

CREATE TRIGGER activity_log_no_truncate
    BEFORE TRUNCATE ON activity_log
    FOR EACH STATEMENT EXECUTE FUNCTION activity_log_reject_change();
