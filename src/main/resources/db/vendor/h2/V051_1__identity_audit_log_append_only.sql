CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    CALL 'io.worktrackr.identity.internal.H2AuditLogAppendOnlyTrigger';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    CALL 'io.worktrackr.identity.internal.H2AuditLogAppendOnlyTrigger';
