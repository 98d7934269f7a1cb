package io.worktrackr.notifications;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.NotFound;
import io.worktrackr.identity.Actor;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking the caller's notifications read, only ever their own in their current organisation. Each marking locks
 * the caller's inbox first, as a delivery does, and takes what it marked off the inbox's unread count.
 */
@Service
public class NotificationManagement {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Inbox inbox;

    NotificationManagement(JdbcClient jdbc, Clock clock, Inbox inbox) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inbox = inbox;
    }

    /** Marks one read; marking it again changes nothing. Another person's (or organisation's) is not found. */
    @Transactional
    public void markRead(Actor actor, UUID notificationId) {
        // the lock before the seq: a delivery joining this entry meanwhile would move it to a new seq, and the
        // marking would find nothing under the old one
        inbox.lock(actor.userId(), actor.organisationId());
        long seq = seqOf(actor, notificationId);
        int marked = jdbc.sql("""
                        UPDATE notifications SET read_at = :now
                         WHERE recipient_id = :me AND organisation_id = :org AND seq = :seq AND read_at IS NULL""")
                .param("now", toDb(clock.instant()))
                .param("me", actor.userId())
                .param("org", actor.organisationId())
                .param("seq", seq)
                .update();
        inbox.addUnread(actor.userId(), actor.organisationId(), -marked);
    }

    /**
     * Marks read everything the caller had seen: every unread entry up to and including {@code upToId} in inbox
     * order (an entry that arrived or took in a new event since lies above it and stays unread), or, without it,
     * everything as of now. With {@code ticketId}, only that ticket's single-ticket entries (the ticket page).
     * Answers how many were marked.
     */
    @Transactional
    public int markAllRead(Actor actor, @Nullable UUID upToId, @Nullable UUID ticketId) {
        inbox.lock(actor.userId(), actor.organisationId());
        Long upTo = upToId == null ? null : seqOf(actor, upToId);
        var statement = jdbc.sql("""
                        UPDATE notifications SET read_at = :now
                         WHERE recipient_id = :me AND organisation_id = :org AND read_at IS NULL AND in_app = TRUE"""
                        + (upTo == null ? "" : " AND seq <= :upTo")
                        + (ticketId == null ? "" : " AND ticket_id = :ticket AND ticket_count = 1"))
                .param("now", toDb(clock.instant()))
                .param("me", actor.userId())
                .param("org", actor.organisationId());
        if (upTo != null) {
            statement = statement.param("upTo", upTo);
        }
        if (ticketId != null) {
            statement = statement.param("ticket", ticketId);
        }
        int marked = statement.update();
        inbox.addUnread(actor.userId(), actor.organisationId(), -marked);
        return marked;
    }

    private long seqOf(Actor actor, UUID notificationId) {
        return jdbc.sql("""
                        SELECT seq FROM notifications
                         WHERE id = :id AND recipient_id = :me AND organisation_id = :org AND in_app = TRUE""")
                .param("id", notificationId)
                .param("me", actor.userId())
                .param("org", actor.organisationId())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("Notification " + notificationId));
    }
}
