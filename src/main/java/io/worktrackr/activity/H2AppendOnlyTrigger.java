package io.worktrackr.activity;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's twin of the PostgreSQL trigger: rejects UPDATE and DELETE on activity_log, so the
 * trail is append-only on both databases (installed by db/vendor/h2/V005_1).
 */
public class H2AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "activity_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed");
    }
}
