package io.worktrackr.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach (no connection within the pool's bound, the server
 * gone, the connection cut) from every other failure: those answer 503 with {@code Retry-After}, not 500.
 */
final class DatabaseOutage {

    /** Seconds a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final String DETAIL = "The database is out of reach for a moment. Nothing was changed; try again shortly.";

    private DatabaseOutage() {}

    static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
                return true;
            }
            // the failure that made the transaction roll back, when the rollback itself then failed on the lost
            // connection (TransactionSystemException keeps the first one aside)
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            // a commit or rollback that failed in the driver: the connection is gone (Hikari's "Connection is
            // closed" carries no SQLSTATE)
            if (cause instanceof TransactionSystemException failed && failed.getCause() instanceof SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 is "connection exception"; 57P01–57P03 are the server shutting down or not accepting. */
    private static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
