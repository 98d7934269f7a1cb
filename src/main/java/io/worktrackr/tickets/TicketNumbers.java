package io.worktrackr.tickets;

import io.worktrackr.identity.OrganisationCreated;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-organisation ticket numbers (#1, #2, …), never reused. The counter row is incremented under its row lock in a
 * transaction of its own that ends right after ({@link TicketManagement#create}): concurrent creations queue on that
 * lock for one statement and a commit, not for the whole creation. A number whose creation then fails (the database
 * gone, the node stopped) stays unused: a gap, as in Request Tracker or Jira, never a duplicate. A creation refused
 * for its input takes no number.
 */
@Component
class TicketNumbers {

    private final JdbcClient jdbc;

    TicketNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrganisationCreated event) {
        jdbc.sql("INSERT INTO ticket_number_counters (organisation_id, last_number) VALUES (:org, 0)")
                .param("org", event.organisationId())
                .update();
    }

    long next(UUID organisationId) {
        int updated = jdbc.sql(
                        "UPDATE ticket_number_counters SET last_number = last_number + 1 WHERE organisation_id = :org")
                .param("org", organisationId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Organisation " + organisationId + " has no ticket counter");
        }
        return jdbc.sql("SELECT last_number FROM ticket_number_counters WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Long.class)
                .single();
    }
}
