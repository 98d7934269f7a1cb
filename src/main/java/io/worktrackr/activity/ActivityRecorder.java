package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketCreated;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one entry per created ticket and one per changed field. Runs synchronously inside the publishing
 * transaction: the activity log can never disagree with the tickets. It only ever inserts.
 */
@Component
class ActivityRecorder {

    private final JdbcClient jdbc;

    ActivityRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TicketCreated event) {
        append(event.organisationId(), event.ticketId(), event.actorId(), event.at(), "created", null, null, null);
    }

    @EventListener
    void on(TicketChanged event) {
        for (FieldChange change : event.changes()) {
            append(
                    event.organisationId(),
                    event.ticketId(),
                    event.actorId(),
                    event.at(),
                    "changed",
                    change.field(),
                    change.oldValue(),
                    change.newValue());
        }
    }

    /** Appends one entry; the conversation and attachment listeners of this module write through here too. */
    void append(
            UUID organisationId,
            UUID ticketId,
            UUID actorId,
            Instant at,
            String action,
            String field,
            String oldValue,
            String newValue) {
        jdbc.sql("""
                INSERT INTO activity_log (id, organisation_id, ticket_id, actor_id, occurred_at, action, field, old_value, new_value)
                VALUES (:id, :org, :ticket, :actor, :at, :action, :field, :old, :new)""")
                .param("id", UUID.randomUUID())
                .param("org", organisationId)
                .param("ticket", ticketId)
                .param("actor", actorId)
                .param("at", toDb(at))
                .param("action", action)
                .param("field", field)
                .param("old", oldValue)
                .param("new", newValue)
                .update();
    }
}
