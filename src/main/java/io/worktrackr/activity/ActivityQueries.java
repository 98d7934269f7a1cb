package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.fromDb;

import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketAccess;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A ticket's trail, newest first, with the names people read next to the raw values (two batched look-ups). */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

    /** One entry of a ticket's trail: the raw values and the labels people read, and who acted by name. */
    public record ActivityEntry(
            UUID id,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String oldLabel,
            @Nullable String newLabel,
            UUID actorId,
            String actorName,
            Instant at) {}

    private record Row(
            UUID id, UUID actorId, Instant at, String action, String field, String oldValue, String newValue) {

        boolean is(TicketField which) {
            return which.activityName().equals(field);
        }
    }

    private final JdbcClient jdbc;
    private final TicketAccess access;
    private final UserDirectory users;
    private final QueueDirectory queues;

    ActivityQueries(JdbcClient jdbc, TicketAccess access, UserDirectory users, QueueDirectory queues) {
        this.jdbc = jdbc;
        this.access = access;
        this.users = users;
        this.queues = queues;
    }

    public List<ActivityEntry> trail(Actor actor, UUID ticketId) {
        var ticket = access.require(actor, ticketId);
        List<Row> rows = jdbc.sql("""
                SELECT id, actor_id, occurred_at, action, field, old_value, new_value
                FROM activity_log WHERE ticket_id = :ticket AND organisation_id = :org
                ORDER BY seq DESC""")
                .param("ticket", ticket.id())
                .param("org", ticket.organisationId())
                .query((rs, i) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("actor_id", UUID.class),
                        fromDb(rs, "occurred_at"),
                        rs.getString("action"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
        Map<UUID, Person> people = users.people(rows.stream()
                .flatMap(r -> r.is(TicketField.ASSIGNEE)
                        ? Stream.of(r.actorId(), uuid(r.oldValue()), uuid(r.newValue()))
                        : Stream.of(r.actorId()))
                .filter(Objects::nonNull)
                .toList());
        Map<UUID, Queue> queuesById = queues.byId(
                ticket.organisationId(),
                rows.stream()
                        .filter(r -> r.is(TicketField.QUEUE))
                        .flatMap(r -> Stream.of(uuid(r.oldValue()), uuid(r.newValue())))
                        .filter(Objects::nonNull)
                        .toList());
        return rows.stream()
                .map(r -> new ActivityEntry(
                        r.id(),
                        r.action(),
                        r.field(),
                        r.oldValue(),
                        r.newValue(),
                        label(r.field(), r.oldValue(), people, queuesById),
                        label(r.field(), r.newValue(), people, queuesById),
                        r.actorId(),
                        name(people.get(r.actorId())),
                        r.at()))
                .toList();
    }

    private static String label(String field, String value, Map<UUID, Person> people, Map<UUID, Queue> queues) {
        if (value == null || field == null) {
            return null;
        }
        TicketField known = TicketField.fromActivityName(field).orElse(null);
        if (known == null) {
            return value;
        }
        return switch (known) {
            case STATUS -> TicketStatus.fromCode(value).label();
            case PRIORITY -> Priority.fromCode(value).label();
            case ASSIGNEE -> name(people.get(uuid(value)));
            case QUEUE ->
                queues.containsKey(uuid(value)) ? queues.get(uuid(value)).name() : "(deleted queue)";
            case TITLE, DESCRIPTION -> value;
        };
    }

    private static String name(Person person) {
        return person == null ? "(unknown)" : person.name();
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
