package io.worktrackr.tickets;

import io.worktrackr.common.Databases;
import io.worktrackr.identity.OrganisationCreated;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-organisation ticket numbers (#1, #2, …), never given to two tickets. The counter row is incremented under its
 * row lock in a transaction of its own that ends right after ({@link TicketManagement#create}): concurrent creations
 * queue on that lock for one statement and a commit, not for the whole creation. A number whose creation then fails
 * (the database gone, the node stopped) stays unused: a gap, as in Request Tracker or Jira, never a duplicate. A
 * creation refused for its input takes no number. On PostgreSQL that transaction does not wait for the log flush
 * ({@link #next}).
 */
@Component
class TicketNumbers {

    /** The increment that answers the new number: one statement while the counter's row lock is held, not two. */
    private static final String INCREMENT =
            "UPDATE ticket_number_counters SET last_number = last_number + 1 WHERE organisation_id = :org";

    private final JdbcClient jdbc;
    private final String nextNumber;
    private final boolean postgresql;

    TicketNumbers(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgresql = Databases.isPostgresql(dataSource);
        this.nextNumber = postgresql
                ? INCREMENT + " RETURNING last_number"
                : "SELECT last_number FROM FINAL TABLE (" + INCREMENT + ")";
    }

    @EventListener
    void on(OrganisationCreated event) {
        jdbc.sql("INSERT INTO ticket_number_counters (organisation_id, last_number) VALUES (:org, 0)")
                .param("org", event.organisationId())
                .update();
    }

    /**
     * The organisation's next number. {@code ownTransaction}: the caller's transaction does nothing but take it, and
     * the ticket is written in a later one. Then, on PostgreSQL, the commit does not wait for the log flush (nor hold
     * the counter's lock through it): the ticket's own commit flushes the log up to its record, which comes after
     * this one, so a ticket is never durable with a number whose increment is not; a crash in between loses only an
     * increment no ticket used. Never inside a caller's transaction, which must stay durable as it is.
     */
    long next(UUID organisationId, boolean ownTransaction) {
        if (ownTransaction && postgresql) {
            jdbc.sql("SET LOCAL synchronous_commit = off").update();
        }
        return jdbc.sql(nextNumber)
                .param("org", organisationId)
                .query(Long.class)
                .optional()
                .orElseThrow(
                        () -> new IllegalStateException("Organisation " + organisationId + " has no ticket counter"));
    }
}
