package io.worktrackr.notifications;

import static io.worktrackr.common.JdbcTime.fromDb;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.PageLimits;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.tickets.TicketQueries;
import io.worktrackr.tickets.TicketSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's inbox in their current organisation: newest activity first, keyset paged by the inbox's seq;
 * the unread count. Tickets are read through the caller (their organisation), so nothing of another organisation
 * can show.
 */
@Service
@Transactional(readOnly = true)
public class NotificationQueries {

    private record Row(
            UUID id,
            long seq,
            NotificationKind kind,
            UUID ticketId,
            int ticketCount,
            @Nullable UUID lastActorId,
            Instant at,
            @Nullable Instant readAt) {}

    private record Part(
            UUID notificationId, @Nullable UUID actorId, NotificationKind kind, int tickets, Instant first) {}

    private static final org.springframework.jdbc.core.RowMapper<Row> ROW = (rs, i) -> new Row(
            rs.getObject("id", UUID.class),
            rs.getLong("seq"),
            NotificationKind.fromCode(rs.getString("kind")).orElseThrow(),
            rs.getObject("ticket_id", UUID.class),
            rs.getInt("ticket_count"),
            rs.getObject("last_actor_id", UUID.class),
            fromDb(rs, "last_at"),
            fromDb(rs, "read_at"));

    private final JdbcClient jdbc;
    private final TicketQueries tickets;
    private final UserDirectory users;
    private final Inbox inbox;

    NotificationQueries(JdbcClient jdbc, TicketQueries tickets, UserDirectory users, Inbox inbox) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.users = users;
        this.inbox = inbox;
    }

    public Notification.Page list(Actor actor, boolean unreadOnly, @Nullable String cursor, @Nullable Integer limit) {
        int size = PageLimits.size(limit);
        Long before = cursor == null || cursor.isBlank() ? null : decode(cursor);
        var statement = jdbc.sql("""
                        SELECT id, seq, kind, ticket_id, ticket_count, last_actor_id, last_at, read_at
                          FROM notifications
                         WHERE recipient_id = :me AND organisation_id = :org AND in_app = TRUE"""
                        + (unreadOnly ? " AND read_at IS NULL" : "")
                        + (before == null ? "" : " AND seq < :before")
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("me", actor.userId())
                .param("org", actor.organisationId())
                .param("limit", size + 1);
        if (before != null) {
            statement = statement.param("before", before);
        }
        List<Row> rows = statement.query(ROW).list();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = encode(rows.get(size - 1).seq());
        }
        return new Notification.Page(assemble(actor, rows), next);
    }

    /** One of the person's notifications, if it (still) exists; read or not. */
    Optional<Notification> find(Actor actor, UUID id) {
        List<Row> rows = jdbc.sql("""
                        SELECT id, seq, kind, ticket_id, ticket_count, last_actor_id, last_at, read_at
                          FROM notifications
                         WHERE id = :id AND recipient_id = :me AND organisation_id = :org""")
                .param("id", id)
                .param("me", actor.userId())
                .param("org", actor.organisationId())
                .query(ROW)
                .list();
        return assemble(actor, rows).stream().findFirst();
    }

    /**
     * The person's entries (in the app or not) with an event of one of these kinds after {@code from} up to and including {@code to}, newest first:
     * a daily digest. At most 200.
     */
    List<Notification> digest(Actor actor, Instant from, Instant to, List<NotificationKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, seq, kind, ticket_id, ticket_count, last_actor_id, last_at, read_at
                          FROM notifications n
                         WHERE recipient_id = :me AND organisation_id = :org
                           AND EXISTS (SELECT 1 FROM notification_items i
                                        WHERE i.notification_id = n.id AND i.kind IN (:kinds)
                                          AND i.occurred_at > :from AND i.occurred_at <= :to)
                         ORDER BY seq DESC LIMIT 200""")
                .param("me", actor.userId())
                .param("org", actor.organisationId())
                .param("kinds", kinds.stream().map(NotificationKind::code).toList())
                .param("from", io.worktrackr.common.JdbcTime.toDb(from))
                .param("to", io.worktrackr.common.JdbcTime.toDb(to))
                .query(ROW)
                .list();
        return assemble(actor, rows);
    }

    /** The bell's number: kept on the person's inbox row (no count over their entries). */
    public long unreadCount(Actor actor) {
        return inbox.unread(actor.userId(), actor.organisationId());
    }

    private List<Notification> assemble(Actor actor, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, TicketSummary> ticketsById =
                tickets
                        .summaries(
                                actor,
                                rows.stream().map(Row::ticketId).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(TicketSummary::id, Function.identity()));
        Map<UUID, List<Part>> parts = jdbc
                .sql("""
                        SELECT notification_id, actor_id, kind, COUNT(DISTINCT ticket_id) AS tickets,
                               MIN(occurred_at) AS first_at
                          FROM notification_items
                         WHERE notification_id IN (:ids) AND organisation_id = :org
                         GROUP BY notification_id, actor_id, kind""")
                .param("ids", rows.stream().map(Row::id).toList())
                .param("org", actor.organisationId())
                .query((rs, i) -> new Part(
                        rs.getObject("notification_id", UUID.class),
                        rs.getObject("actor_id", UUID.class),
                        NotificationKind.fromCode(rs.getString("kind")).orElseThrow(),
                        rs.getInt("tickets"),
                        fromDb(rs, "first_at")))
                .list()
                .stream()
                .sorted((a, b) -> a.first().compareTo(b.first()))
                .collect(Collectors.groupingBy(Part::notificationId, LinkedHashMap::new, Collectors.toList()));
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> {
            if (r.lastActorId() != null) {
                people.add(r.lastActorId());
            }
        });
        parts.values()
                .forEach(list -> list.stream()
                        .map(Part::actorId)
                        .filter(Objects::nonNull)
                        .forEach(people::add));
        Map<UUID, Person> persons = users.people(people);
        List<Notification> result = new ArrayList<>();
        for (Row row : rows) {
            TicketSummary ticket = ticketsById.get(row.ticketId());
            List<Part> own = parts.getOrDefault(row.id(), List.of());
            if (ticket == null || own.isEmpty()) {
                continue;
            }
            List<NotificationKind> kinds =
                    own.stream().map(Part::kind).distinct().toList();
            result.add(new Notification(
                    row.id(),
                    row.kind(),
                    kinds,
                    ticket,
                    row.ticketCount(),
                    row.lastActorId() == null ? null : persons.get(row.lastActorId()),
                    Summaries.of(own.stream()
                            .map(p -> new Summaries.Part(
                                    p.actorId() == null ? null : persons.get(p.actorId()), p.kind(), p.tickets()))
                            .toList()),
                    row.at(),
                    row.readAt()));
        }
        return result;
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("n" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("n")) {
                throw new IllegalArgumentException(raw);
            }
            return Long.parseLong(raw.substring(1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cursor", "is not a cursor this server issued");
        }
    }
}
