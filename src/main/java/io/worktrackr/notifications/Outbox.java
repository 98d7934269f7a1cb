package io.worktrackr.notifications;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail outbox ({@code notification_emails}): written with the notification (or, for a direct e-mail such as
 * a password-reset link, rendered and written with the link; its body is blanked once it is sent, given up or
 * cancelled), claimed by the sender with
 * {@code FOR UPDATE SKIP LOCKED} (two nodes never claim one row), marked sent, retried or given up.
 */
@Repository
class Outbox {

    /** A claimed e-mail: the sender has it until {@code next_attempt_at} (the lease). */
    record Claimed(
            UUID id,
            @Nullable UUID organisationId,
            @Nullable UUID recipientId,
            @Nullable UUID notificationId,
            int attempts,
            @Nullable Instant digestFrom,
            @Nullable Instant digestTo,
            @Nullable Direct direct) {}

    /** A direct e-mail (a link), rendered when queued; cancelled rather than sent from {@code sendBefore} on. */
    record Direct(
            String purpose,
            String to,
            String subject,
            String text,
            String html,
            @Nullable Instant sendBefore) {}

    /** One outbox row as admins see it. */
    record Entry(
            UUID id,
            @Nullable UUID recipientId,
            @Nullable String toAddress,
            @Nullable String subject,
            String status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            @Nullable Instant sentAt) {}

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the notification's e-mail to go out at {@code notBefore}, unless it already has one. */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(UUID organisationId, UUID recipientId, UUID notificationId, Instant now, Instant notBefore) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM notification_emails WHERE notification_id = :n")
                        .param("n", notificationId)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO notification_emails (organisation_id, recipient_id, notification_id, status, created_at,
                                                         next_attempt_at, attempts)
                        VALUES (:org, :recipient, :n, 'pending', :now, :notBefore, 0)""")
                .param("org", organisationId)
                .param("recipient", recipientId)
                .param("n", notificationId)
                .param("now", toDb(now))
                .param("notBefore", toDb(notBefore))
                .update();
    }

    /**
     * Queues a direct e-mail, due at once, in the caller's transaction (the one that made the link it carries).
     * {@code organisationId} and {@code recipientId} are null where there is none (a password reset belongs to no
     * organisation; an invitee may have no account yet).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueueDirect(
            @Nullable UUID organisationId,
            @Nullable UUID recipientId,
            String purpose,
            String to,
            String subject,
            EmailContent.Body body,
            Instant sendBefore,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO notification_emails (organisation_id, recipient_id, status, created_at, next_attempt_at,
                                                         attempts, purpose, to_address, subject, body_text, body_html,
                                                         send_before)
                        VALUES (:org, :recipient, 'pending', :now, :now, 0, :purpose, :to, :subject, :text, :html,
                                :sendBefore)""")
                .param("org", organisationId)
                .param("recipient", recipientId)
                .param("now", toDb(now))
                .param("purpose", purpose)
                .param("to", to)
                .param("subject", subject)
                .param("text", body.text())
                .param("html", body.html())
                .param("sendBefore", toDb(sendBefore))
                .update();
    }

    /** Queues a daily digest of the person's entries in this organisation after {@code from} up to and including {@code to}, due at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueueDigest(UUID organisationId, UUID recipientId, Instant from, Instant to, Instant now) {
        jdbc.sql("""
                        INSERT INTO notification_emails (organisation_id, recipient_id, status, created_at, next_attempt_at,
                                                         attempts, digest_from, digest_to)
                        VALUES (:org, :recipient, 'pending', :now, :now, 0, :from, :to)""")
                .param("org", organisationId)
                .param("recipient", recipientId)
                .param("now", toDb(now))
                .param("from", toDb(from))
                .param("to", toDb(to))
                .update();
    }

    /**
     * Claims up to {@code limit} due e-mails: locks them (skipping rows another node holds), counts the attempt
     * and pushes their next attempt out by {@code lease}, so that nobody else takes them while they are sent.
     */
    @Transactional
    List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        List<Claimed> due = jdbc.sql("""
                        SELECT id, organisation_id, recipient_id, notification_id, attempts, digest_from, digest_to,
                               purpose, to_address, subject, body_text, body_html, send_before
                          FROM notification_emails
                         WHERE status = 'pending' AND next_attempt_at <= :now
                         ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", toDb(now))
                .param("limit", limit)
                .query((rs, i) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("recipient_id", UUID.class),
                        rs.getObject("notification_id", UUID.class),
                        rs.getInt("attempts") + 1,
                        fromDb(rs, "digest_from"),
                        fromDb(rs, "digest_to"),
                        rs.getString("purpose") == null
                                ? null
                                : new Direct(
                                        rs.getString("purpose"),
                                        rs.getString("to_address"),
                                        rs.getString("subject"),
                                        rs.getString("body_text"),
                                        rs.getString("body_html"),
                                        fromDb(rs, "send_before"))))
                .list();
        for (Claimed claimed : due) {
            jdbc.sql("UPDATE notification_emails SET attempts = :attempts, next_attempt_at = :lease WHERE id = :id")
                    .param("attempts", claimed.attempts())
                    .param("lease", toDb(now.plus(lease)))
                    .param("id", claimed.id())
                    .update();
        }
        return due;
    }

    @Transactional
    void sent(UUID id, String to, String subject, Instant now) {
        jdbc.sql("""
                        UPDATE notification_emails SET status = 'sent', sent_at = :now, to_address = :to, subject = :subject,
                               last_error = NULL, body_text = NULL, body_html = NULL
                         WHERE id = :id""")
                .param("now", toDb(now))
                .param("to", to)
                .param("subject", subject)
                .param("id", id)
                .update();
    }

    /** Another attempt at {@code next}, or, with {@code next} null, given up; the reason is kept either way. */
    @Transactional
    void failed(UUID id, String reason, @Nullable String to, @Nullable Instant next) {
        String why = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (next == null) {
            jdbc.sql("""
                            UPDATE notification_emails SET status = 'failed', last_error = :reason, to_address = :to,
                                   body_text = NULL, body_html = NULL
                             WHERE id = :id""").param("reason", why).param("to", to).param("id", id).update();
        } else {
            jdbc.sql("""
                            UPDATE notification_emails SET last_error = :reason, to_address = :to, next_attempt_at = :next
                             WHERE id = :id""")
                    .param("reason", why)
                    .param("to", to)
                    .param("next", toDb(next))
                    .param("id", id)
                    .update();
        }
    }

    /** Nothing to send any more (the notification was withdrawn or read, the person left); says why. */
    @Transactional
    void cancelled(UUID id, String reason) {
        jdbc.sql("UPDATE notification_emails SET status = 'cancelled', last_error = :reason, body_text = NULL, "
                        + "body_html = NULL WHERE id = :id")
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    @Transactional(readOnly = true)
    List<Entry> list(UUID organisationId, @Nullable String status, int limit) {
        var statement = jdbc.sql("""
                        SELECT id, recipient_id, to_address, subject, status, attempts, last_error, created_at,
                               next_attempt_at, sent_at
                          FROM notification_emails WHERE organisation_id = :org"""
                        + (status == null ? "" : " AND status = :status")
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("org", organisationId)
                .param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status);
        }
        return statement
                .query((rs, i) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("recipient_id", UUID.class),
                        rs.getString("to_address"),
                        rs.getString("subject"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        fromDb(rs, "created_at"),
                        fromDb(rs, "next_attempt_at"),
                        fromDb(rs, "sent_at")))
                .list();
    }
}
