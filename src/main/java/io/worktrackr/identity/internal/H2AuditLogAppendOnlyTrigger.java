package io.worktrackr.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's twin of the PostgreSQL trigger: rejects UPDATE and DELETE on audit_log, so the
 * organisation's audit trail is append-only on both databases (installed by db/vendor/h2/V051_1).
 */
public class H2AuditLogAppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed");
    }
}
