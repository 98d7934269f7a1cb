package io.worktrackr.activity;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's twin of the PostgreSQL triggers: rejects UPDATE and DELETE on the trail and its
 * checkpoints, so they are append-only on both databases (installed by db/vendor/h2/V005_1 and V095_1).
 */
public class H2AppendOnlyTrigger implements Trigger {

    private String table = "activity_log";

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed");
    }
}
