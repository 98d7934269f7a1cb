package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.fromDb;

import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketFieldHistory;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the tickets module's "who last changed this field" from the trail. Called while the ticket's row is
 * locked by the change being refused, so the entry it finds is the one the conflicting change committed.
 */
@Component
class ActivityFieldHistory implements TicketFieldHistory {

    private final JdbcClient jdbc;

    ActivityFieldHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LastChange> lastChange(UUID organisationId, UUID ticketId, TicketField field) {
        return jdbc.sql("""
                SELECT actor_id, occurred_at, automation_rule_name FROM activity_log
                WHERE organisation_id = :org AND ticket_id = :ticket AND action = 'changed' AND field = :field
                ORDER BY seq DESC
                FETCH FIRST 1 ROWS ONLY""")
                .param("org", organisationId)
                .param("ticket", ticketId)
                .param("field", field.activityName())
                .query((rs, row) -> new LastChange(
                        rs.getObject("actor_id", UUID.class),
                        Objects.requireNonNull(fromDb(rs, "occurred_at")),
                        rs.getString("automation_rule_name")))
                .optional();
    }
}
