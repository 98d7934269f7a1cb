package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.sla.SlaAtRisk;
import io.worktrackr.sla.SlaBreached;
import io.worktrackr.sla.SlaDueMoved;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketCreated;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    /** A service-level clock crossed its at-risk instant: an entry by the system (no actor). */
    @EventListener
    void on(SlaAtRisk event) {
        append(
                event.organisationId(),
                event.ticketId(),
                null,
                event.atRiskAt(),
                "sla_at_risk",
                event.clock().code(),
                null,
                event.clock().label() + " SLA at risk");
    }

    /** A service-level clock passed its due instant: an entry by the system (no actor). */
    @EventListener
    void on(SlaBreached event) {
        append(
                event.organisationId(),
                event.ticketId(),
                null,
                event.dueAt(),
                "sla_breached",
                event.clock().code(),
                null,
                event.clock().label() + " SLA breached");
    }

    /** An admin's policy or calendar change moved a clock's due instant: an entry by the system (no actor). */
    @EventListener
    void on(SlaDueMoved event) {
        append(
                event.organisationId(),
                event.ticketId(),
                null,
                event.at(),
                "sla_due_moved",
                event.clock().code(),
                event.oldDueAt() == null ? null : event.oldDueAt().toString(),
                event.newDueAt() == null ? null : event.newDueAt().toString(),
                event.reason());
    }

    /** Appends one entry; the conversation and attachment listeners of this module write through here too. */
    void append(
            UUID organisationId,
            UUID ticketId,
            @Nullable UUID actorId,
            Instant at,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue) {
        append(organisationId, ticketId, actorId, at, action, field, oldValue, newValue, null);
    }

    /** Appends one entry with the reason the system wrote it ({@code sla_due_moved}: policy or calendar). */
    void append(
            UUID organisationId,
            UUID ticketId,
            @Nullable UUID actorId,
            Instant at,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String reason) {
        jdbc.sql("""
                INSERT INTO activity_log (id, organisation_id, ticket_id, actor_id, occurred_at, action, field, old_value, new_value, reason)
                VALUES (:id, :org, :ticket, :actor, :at, :action, :field, :old, :new, :reason)""")
                .param("id", UUID.randomUUID())
                .param("org", organisationId)
                .param("ticket", ticketId)
                .param("actor", actorId)
                .param("at", toDb(at))
                .param("action", action)
                .param("field", field)
                .param("old", oldValue)
                .param("new", newValue)
                .param("reason", reason)
                .update();
    }
}
