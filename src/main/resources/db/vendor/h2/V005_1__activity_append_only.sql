CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log FOR EACH ROW
    CALL 'io.worktrackr.activity.H2AppendOnlyTrigger';
CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log FOR EACH ROW
    CALL 'io.worktrackr.activity.H2AppendOnlyTrigger';
