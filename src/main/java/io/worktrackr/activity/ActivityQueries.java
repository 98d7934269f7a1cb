package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.fromDb;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.tickets.AutomationCause;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's trail, newest first and paged, with the names people read next to the raw values (two batched
 * look-ups, usually answered from the people's and queues' short-lived caches).
 */
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
            @Nullable String reason,
            @Nullable UUID actorId,
            String actorName,
            Instant at,
            @Nullable AutomationCause automation) {}

    private record Row(
            UUID id,
            long seq,
            UUID actorId,
            Instant at,
            String action,
            String field,
            String oldValue,
            String newValue,
            String reason,
            AutomationCause automation) {

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

    /** One page of a trail, newest first; {@code nextCursor} continues with older entries, null at the end. */
    public record ActivityPage(
            List<ActivityEntry> items, @Nullable String nextCursor) {}

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * A ticket's trail, newest first, one page at a time: keyset on the log's sequence (index
     * {@code activity_log_by_ticket (ticket_id, seq)}), so every page costs the same however long the history.
     *
     * @param cursor a previous page's {@code nextCursor}, or null for the newest entries
     * @param limit 1 to {@link #MAX_PAGE_SIZE}, or null for {@link #DEFAULT_PAGE_SIZE}
     */
    @Transactional(propagation = Propagation.SUPPORTS) // one statement (the access check is cached): no BEGIN/COMMIT
    public ActivityPage trail(Actor actor, UUID ticketId, @Nullable String cursor, @Nullable Integer limit) {
        int size = limit == null ? DEFAULT_PAGE_SIZE : limit;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : parseCursor(cursor);
        var ticket = access.require(actor, ticketId);
        List<Row> rows = jdbc.sql("""
                SELECT id, seq, actor_id, occurred_at, action, field, old_value, new_value, reason, automation_rule_id,
                       automation_rule_name, automation_rule_version, automation_because
                FROM activity_log
                WHERE ticket_id = :ticket AND seq < :before AND organisation_id = :org
                ORDER BY seq DESC
                FETCH FIRST :limit ROWS ONLY""")
                .param("ticket", ticket.id())
                .param("before", before)
                .param("org", ticket.organisationId())
                .param("limit", size + 1)
                .query((rs, i) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getLong("seq"),
                        rs.getObject("actor_id", UUID.class),
                        fromDb(rs, "occurred_at"),
                        rs.getString("action"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("reason"),
                        rs.getObject("automation_rule_id", UUID.class) == null
                                ? null
                                : new AutomationCause(
                                        rs.getObject("automation_rule_id", UUID.class),
                                        rs.getString("automation_rule_name"),
                                        rs.getInt("automation_rule_version"),
                                        rs.getString("automation_because"),
                                        0,
                                        null)))
                .list();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = Long.toString(rows.get(size - 1).seq());
        }
        return new ActivityPage(entries(ticket.organisationId(), rows), next);
    }

    private static long parseCursor(String cursor) {
        try {
            long seq = Long.parseLong(cursor);
            if (seq > 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput("cursor", "is not a cursor of this list (use the nextCursor of the previous page)");
    }

    private List<ActivityEntry> entries(UUID organisationId, List<Row> rows) {
        Map<UUID, Person> people = users.people(rows.stream()
                .flatMap(r -> r.is(TicketField.ASSIGNEE)
                        ? Stream.of(r.actorId(), uuid(r.oldValue()), uuid(r.newValue()))
                        : Stream.of(r.actorId()))
                .filter(Objects::nonNull)
                .toList());
        Map<UUID, Queue> queuesById = queues.byId(
                organisationId,
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
                        r.reason(),
                        r.actorId(),
                        r.actorId() == null
                                ? (r.automation() == null
                                        ? SYSTEM
                                        : "Automation: " + r.automation().ruleName())
                                : name(people.get(r.actorId())),
                        r.at(),
                        r.automation()))
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

    /** Who an entry without a person as actor (an SLA at risk or breached) is shown as. */
    static final String SYSTEM = "WorkTrackr";

    private static String name(Person person) {
        return person == null ? "(unknown)" : person.name();
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
