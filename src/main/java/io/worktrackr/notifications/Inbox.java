package io.worktrackr.notifications;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Databases;
import io.worktrackr.common.Ids;
import io.worktrackr.identity.UserDirectory;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes deliveries into inboxes, coalescing. Runs inside the reaction's transaction. Each delivery first locks
 * the recipient's inbox row, so two events for one person never race to create two entries, and the check for
 * an already delivered event and the write are atomic.
 *
 * <p>An event joins the recipient's newest <em>unread</em> entry whose first event is at most the coalescing
 * window older than it and that is about the same single ticket, or, for an assignment, that holds the same
 * actor's assignments of the same instant (a bulk update stamps all its tickets with one instant). Otherwise it
 * starts a new entry. Either way the entry takes the inbox's next {@code seq}, so it moves to the top.
 */
@Repository
class Inbox {

    /** What a delivery did: a new entry, one that took the event in, or nothing (a repeat, or not for them). */
    enum Outcome {
        CREATED,
        COALESCED,
        IGNORED
    }

    record Result(Outcome outcome, @Nullable UUID notificationId) {

        static final Result IGNORED = new Result(Outcome.IGNORED, null);
    }

    /** Kinds e-mailed at once by default (issue 11: assignments and mentions; SLA alerts are as urgent). */
    static final java.util.Set<NotificationKind> EMAILED = java.util.EnumSet.of(
            NotificationKind.ASSIGNED,
            NotificationKind.MENTIONED,
            NotificationKind.SLA_AT_RISK,
            NotificationKind.SLA_BREACHED);

    /**
     * The order in which a transaction that changes several people's inboxes locks them: by user id as PostgreSQL
     * orders UUIDs (their text's order). Two transactions delivering to the same two people then cannot each hold the
     * inbox the other waits for.
     */
    private static final Comparator<UUID> LOCK_ORDER = Comparator.comparing(UUID::toString);

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final NotificationProperties properties;
    private final Outbox outbox;
    private final NotificationPreferences preferences;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final boolean postgresql;

    Inbox(
            JdbcClient jdbc,
            DataSource dataSource,
            UserDirectory users,
            NotificationProperties properties,
            Outbox outbox,
            NotificationPreferences preferences,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.postgresql = Databases.isPostgresql(dataSource);
        this.users = users;
        this.properties = properties;
        this.outbox = outbox;
        this.preferences = preferences;
        this.events = events;
    }

    /** Several deliveries in one transaction, their inboxes locked in {@link #LOCK_ORDER}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void deliverAll(List<Delivery> deliveries) {
        deliveries.stream()
                .sorted(Comparator.comparing(Delivery::recipientId, LOCK_ORDER))
                .forEach(this::deliver);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Result deliver(Delivery delivery) {
        if (delivery.toldAboutTheirOwnDoing()) {
            return Result.IGNORED; // nobody is told about their own action, nor about what a rule did because of it
        }
        if (users.member(delivery.organisationId(), delivery.recipientId()).isEmpty()) {
            return Result.IGNORED; // left the organisation (or never in it)
        }
        NotificationPreferences.KindPreference preference = preferences.of(delivery.recipientId(), delivery.kind());
        if (!preference.inApp() && preference.email() == EmailDelivery.OFF) {
            return Result.IGNORED; // they want neither
        }
        boolean inApp = preference.inApp();
        advanceSeq(delivery.recipientId(), delivery.organisationId());
        InboxState state = state(delivery, inApp);
        long seq = state.seq();
        if (state.delivered()) {
            return Result.IGNORED; // a repeated event (its seq stays unused: seq only orders)
        }
        UUID id;
        Outcome outcome;
        if (state.target() != null) {
            id = state.target();
            outcome = Outcome.COALESCED;
            coalesce(id, seq, delivery);
            insertItem(id, delivery);
        } else {
            id = Ids.timeOrdered();
            outcome = Outcome.CREATED;
            create(id, seq, delivery, inApp);
        }
        if (preference.email() == EmailDelivery.IMMEDIATELY) {
            // in the outbox with the notification; it goes out once nothing more can coalesce into the entry
            Instant firstAt = outcome == Outcome.CREATED
                    ? delivery.at()
                    : jdbc.sql("SELECT first_at FROM notifications WHERE id = :id")
                            .param("id", id)
                            .query((rs, i) -> io.worktrackr.common.JdbcTime.fromDb(rs, "first_at"))
                            .single();
            outbox.enqueue(
                    delivery.organisationId(),
                    delivery.recipientId(),
                    id,
                    delivery.at(),
                    firstAt.plus(properties.window()));
        }
        if (inApp) {
            events.publishEvent(new NotificationArrived(
                    delivery.organisationId(),
                    delivery.recipientId(),
                    // an entry coalesced into was unread and in-app already: only a new one adds to the count
                    state.unread() + (outcome == Outcome.CREATED ? 1 : 0)));
        }
        return new Result(outcome, id);
    }

    /**
     * Takes back what one event delivered (a mention whose comment was redacted): its items go, an entry left
     * with nothing goes too, an entry left with something keeps it and is named after its first remaining kind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdraw(UUID organisationId, NotificationKind kind, String source) {
        List<Affected> affected = jdbc.sql("""
                        SELECT DISTINCT notification_id, recipient_id FROM notification_items
                         WHERE organisation_id = :org AND kind = :kind AND source = :source
                         ORDER BY recipient_id, notification_id""")
                .param("org", organisationId)
                .param("kind", kind.code())
                .param("source", source)
                .query((rs, i) -> new Affected(
                        rs.getObject("notification_id", UUID.class), rs.getObject("recipient_id", UUID.class)))
                .list();
        if (affected.isEmpty()) {
            return;
        }
        // the inboxes first, as a delivery locks them (then the entries): the other order could deadlock with one
        affected.stream()
                .map(Affected::recipientId)
                .distinct()
                .sorted(LOCK_ORDER)
                .forEach(user -> lock(user, organisationId));
        jdbc.sql("DELETE FROM notification_items WHERE organisation_id = :org AND kind = :kind AND source = :source")
                .param("org", organisationId)
                .param("kind", kind.code())
                .param("source", source)
                .update();
        for (Affected entry : affected) {
            Optional<String> first = jdbc.sql("""
                            SELECT kind FROM notification_items WHERE notification_id = :id
                             ORDER BY occurred_at, id LIMIT 1""")
                    .param("id", entry.notificationId())
                    .query(String.class)
                    .optional();
            if (first.isEmpty()) {
                boolean unread = jdbc.sql("""
                                SELECT COUNT(*) FROM notifications WHERE id = :id AND read_at IS NULL AND in_app = TRUE""")
                                .param("id", entry.notificationId())
                                .query(Long.class)
                                .single()
                        > 0;
                jdbc.sql("DELETE FROM notifications WHERE id = :id")
                        .param("id", entry.notificationId())
                        .update();
                addUnread(entry.recipientId(), organisationId, unread ? -1 : 0);
            } else {
                jdbc.sql("UPDATE notifications SET kind = :kind WHERE id = :id")
                        .param("kind", first.get())
                        .param("id", entry.notificationId())
                        .update();
            }
        }
    }

    private record Affected(UUID notificationId, UUID recipientId) {}

    /**
     * Locks the person's inbox row (if they have one) until the transaction ends. Whatever changes their entries'
     * unread state takes it first, as a delivery does: the unread count on the row then stays exact.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(UUID userId, UUID organisationId) {
        jdbc.sql(
                        "SELECT last_seq FROM notification_inboxes WHERE user_id = :user AND organisation_id = :org FOR UPDATE")
                .param("user", userId)
                .param("org", organisationId)
                .query(Long.class)
                .optional();
    }

    /** Changes the person's unread count by {@code delta} (their inbox locked by this transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    void addUnread(UUID userId, UUID organisationId, int delta) {
        if (delta == 0) {
            return;
        }
        jdbc.sql("""
                        UPDATE notification_inboxes SET unread = unread + :delta
                         WHERE user_id = :user AND organisation_id = :org""")
                .param("delta", delta)
                .param("user", userId)
                .param("org", organisationId)
                .update();
    }

    /** The person's unread in-app entries. */
    long unread(UUID userId, UUID organisationId) {
        return jdbc.sql("SELECT unread FROM notification_inboxes WHERE user_id = :user AND organisation_id = :org")
                .param("user", userId)
                .param("org", organisationId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Advances the person's inbox to its next seq, which locks its row until the transaction ends, creating the row
     * the first time. One statement for all but a person's first notification: a locking read and then an update
     * cost a statement more on every delivery (bench: every second status change notifying its assignee).
     */
    private void advanceSeq(UUID userId, UUID organisationId) {
        if (incrementSeq(userId, organisationId) == 0) {
            jdbc.sql("""
                            INSERT INTO notification_inboxes (user_id, organisation_id, last_seq)
                            VALUES (:user, :org, 0) ON CONFLICT DO NOTHING""").param("user", userId).param("org", organisationId).update();
            incrementSeq(userId, organisationId);
        }
    }

    private int incrementSeq(UUID userId, UUID organisationId) {
        return jdbc.sql("""
                        UPDATE notification_inboxes SET last_seq = last_seq + 1
                         WHERE user_id = :user AND organisation_id = :org""").param("user", userId).param("org", organisationId).update();
    }

    /**
     * What the delivery finds in the locked inbox, in one statement: the seq it takes, whether this event was
     * delivered already, the entry it coalesces into (the newest unread one of this ticket alone, or for an assignment the same actor's
     * assignments of the same instant, begun within the window), and the person's unread count before it (kept on
     * the inbox row).
     */
    private InboxState state(Delivery delivery, boolean inApp) {
        Instant since = delivery.at().minus(properties.window());
        boolean assignment = delivery.kind() == NotificationKind.ASSIGNED && delivery.actorId() != null;
        String bulk = assignment ? " OR (batch_actor_id = :actor AND batch_at = :at)" : "";
        var statement = jdbc.sql("""
                        SELECT i.last_seq AS seq, i.unread AS unread,
                               (SELECT COUNT(*) FROM notification_items
                                 WHERE recipient_id = :recipient AND kind = :kind AND source = :source) AS delivered,
                               (SELECT id FROM notifications
                                 WHERE recipient_id = :recipient AND organisation_id = :org AND read_at IS NULL
                                   AND in_app = :inApp AND first_at >= :since AND first_at <= :at
                                   AND ((ticket_id = :ticket AND ticket_count = 1)""" + bulk + """
                        )
                                 ORDER BY seq DESC LIMIT 1) AS target
                          FROM notification_inboxes i
                         WHERE i.user_id = :recipient AND i.organisation_id = :org""")
                .param("recipient", delivery.recipientId())
                .param("org", delivery.organisationId())
                .param("kind", delivery.kind().code())
                .param("source", delivery.source())
                .param("since", toDb(since))
                .param("at", toDb(delivery.at()))
                .param("ticket", delivery.ticketId())
                .param("inApp", inApp);
        if (assignment) {
            statement = statement.param("actor", delivery.actorId());
        }
        return statement
                .query((rs, i) -> new InboxState(
                        rs.getLong("seq"),
                        rs.getLong("delivered") > 0,
                        rs.getObject("target", UUID.class),
                        rs.getLong("unread")))
                .single();
    }

    private record InboxState(
            long seq, boolean delivered, @Nullable UUID target, long unread) {}

    /**
     * The event joins an entry: it moves to the top, counts the ticket if new to it, and takes the event's instant
     * and actor if later; an assignment marks an entry begun by another kind as the actor's batch of that instant.
     */
    private void coalesce(UUID id, long seq, Delivery delivery) {
        String batch = delivery.kind() == NotificationKind.ASSIGNED ? """
                ,
                       batch_actor_id = CASE WHEN batch_at IS NULL THEN :actor ELSE batch_actor_id END,
                       batch_at = CASE WHEN batch_at IS NULL THEN :at ELSE batch_at END""" : "";
        jdbc.sql("""
                        UPDATE notifications
                           SET seq = :seq,
                               ticket_count = ticket_count + CASE WHEN EXISTS (
                                   SELECT 1 FROM notification_items WHERE notification_id = :id AND ticket_id = :ticket)
                                   THEN 0 ELSE 1 END,
                               last_at = CASE WHEN last_at < :at THEN :at ELSE last_at END,
                               last_actor_id = CASE WHEN last_at <= :at THEN :actor ELSE last_actor_id END""" + batch + """

                         WHERE id = :id""")
                .param("seq", seq)
                .param("ticket", delivery.ticketId())
                .param("at", toDb(delivery.at()))
                .param("actor", delivery.actorId())
                .param("id", id)
                .update();
    }

    private static final String INSERT_ENTRY = """
            INSERT INTO notifications (id, organisation_id, recipient_id, seq, kind, ticket_id, ticket_count,
                                       batch_actor_id, batch_at, first_at, last_at, last_actor_id, in_app)
            VALUES (:id, :org, :recipient, :seq, :kind, :ticket, 1, :batchActor, :batchAt, :at, :at, :actor, :inApp)""";

    private static final String INSERT_ITEM = """
            INSERT INTO notification_items (notification_id, organisation_id, recipient_id, kind, source, ticket_id,
                                            actor_id, occurred_at)
            VALUES (:id, :org, :recipient, :kind, :source, :ticket, :actor, :at)""";

    private static final String COUNT_UNREAD = """
            UPDATE notification_inboxes SET unread = unread + 1 WHERE user_id = :recipient AND organisation_id = :org""";

    /**
     * A new entry with the event as its first item, counted unread if in-app. On PostgreSQL one statement (a
     * data-modifying {@code WITH}; the item's foreign key to the entry is checked at the statement's end): a
     * comment's delivery runs in the comment's transaction, and every statement there is paid by the person
     * posting.
     */
    private void create(UUID id, long seq, Delivery delivery, boolean inApp) {
        boolean batch = delivery.kind() == NotificationKind.ASSIGNED;
        String sql = postgresql
                ? "WITH entry AS (" + INSERT_ENTRY + ")" + (inApp ? ", counted AS (" + COUNT_UNREAD + ")" : "") + "\n"
                        + INSERT_ITEM
                : INSERT_ENTRY;
        itemParams(jdbc.sql(sql), id, delivery)
                .param("seq", seq)
                .param("batchActor", batch ? delivery.actorId() : null)
                .param("batchAt", batch ? toDb(delivery.at()) : null)
                .param("inApp", inApp)
                .update();
        if (!postgresql) {
            if (inApp) {
                itemParams(jdbc.sql(COUNT_UNREAD), id, delivery).update();
            }
            insertItem(id, delivery);
        }
    }

    private void insertItem(UUID notificationId, Delivery delivery) {
        itemParams(jdbc.sql(INSERT_ITEM), notificationId, delivery).update();
    }

    private static JdbcClient.StatementSpec itemParams(
            JdbcClient.StatementSpec statement, UUID notificationId, Delivery delivery) {
        return statement
                .param("id", notificationId)
                .param("org", delivery.organisationId())
                .param("recipient", delivery.recipientId())
                .param("kind", delivery.kind().code())
                .param("source", delivery.source())
                .param("ticket", delivery.ticketId())
                .param("actor", delivery.actorId())
                .param("at", toDb(delivery.at()));
    }
}
