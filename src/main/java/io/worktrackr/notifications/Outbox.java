package io.worktrackr.notifications;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /**
     * One outbox row as admins see it. {@code kind}: {@code notification}, {@code digest} or a direct e-mail's
     * purpose ({@code invitation}); {@code claimedAt}: when a sender took it for its current attempt, if one did;
     * {@code hasBody}: a direct e-mail still holds its rendered body (blanked once sent, given up or cancelled);
     * {@code notificationId}: the in-app notification a notification e-mail tells of (null for the other kinds).
     */
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
            @Nullable Instant sentAt,
            String kind,
            @Nullable Instant claimedAt,
            boolean direct,
            boolean hasBody,
            @Nullable UUID notificationId) {

        /** Is a sender holding it right now (a claim younger than the lease)? */
        boolean held(Instant now, Duration lease) {
            return claimedAt != null && claimedAt.isAfter(now.minus(lease));
        }

        /**
         * May an admin make it due now? A waiting one, or a given-up one that can be rendered again: a notification
         * or digest is rendered when it goes out, a direct e-mail's body (its link) is blanked when given up.
         */
        boolean retryable(Instant now, Duration lease) {
            return !held(now, lease) && (status.equals("pending") || (status.equals("failed") && (!direct || hasBody)));
        }

        /** May an admin give it up? Any that waits or failed, unless a sender holds it right now. */
        boolean discardable(Instant now, Duration lease) {
            return !held(now, lease) && (status.equals("pending") || status.equals("failed"));
        }
    }

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
            jdbc.sql("""
                            UPDATE notification_emails SET attempts = :attempts, next_attempt_at = :lease, claimed_at = :now
                             WHERE id = :id""")
                    .param("attempts", claimed.attempts())
                    .param("lease", toDb(now.plus(lease)))
                    .param("now", toDb(now))
                    .param("id", claimed.id())
                    .update();
        }
        return due;
    }

    @Transactional
    void sent(UUID id, String to, String subject, Instant now) {
        jdbc.sql("""
                        UPDATE notification_emails SET status = 'sent', sent_at = :now, to_address = :to, subject = :subject,
                               last_error = NULL, body_text = NULL, body_html = NULL, claimed_at = NULL
                         WHERE id = :id""")
                .param("now", toDb(now))
                .param("to", to)
                .param("subject", subject)
                .param("id", id)
                .update();
    }

    /**
     * Another attempt at {@code next}, or, with {@code next} null, given up; the reason (in words for admins) and the
     * address and subject it was for are kept either way.
     */
    @Transactional
    void failed(UUID id, String reason, @Nullable String to, String subject, @Nullable Instant next) {
        String why = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        String about = subject.length() <= 500 ? subject : subject.substring(0, 500);
        if (next == null) {
            jdbc.sql("""
                            UPDATE notification_emails SET status = 'failed', last_error = :reason, to_address = :to,
                                   subject = :subject, body_text = NULL, body_html = NULL,
                                   claimed_at = NULL
                             WHERE id = :id""")
                    .param("reason", why)
                    .param("to", to)
                    .param("subject", about)
                    .param("id", id)
                    .update();
        } else {
            jdbc.sql("""
                            UPDATE notification_emails SET last_error = :reason, to_address = :to, next_attempt_at = :next,
                                   subject = :subject, claimed_at = NULL
                             WHERE id = :id""")
                    .param("reason", why)
                    .param("to", to)
                    .param("subject", about)
                    .param("next", toDb(next))
                    .param("id", id)
                    .update();
        }
    }

    /** Nothing to send any more (the notification was withdrawn or read, the person left); says why. */
    @Transactional
    void cancelled(UUID id, String reason) {
        jdbc.sql("UPDATE notification_emails SET status = 'cancelled', last_error = :reason, body_text = NULL, "
                        + "body_html = NULL, claimed_at = NULL WHERE id = :id")
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    private static final String ENTRY_COLUMNS = """
            id, recipient_id, to_address, subject, status, attempts, last_error, created_at, next_attempt_at,
            sent_at, purpose, digest_from, claimed_at, notification_id, CASE WHEN body_text IS NULL THEN 0 ELSE 1 END AS has_body""";

    @Transactional(readOnly = true)
    List<Entry> list(UUID organisationId, @Nullable String status, int limit) {
        var statement = jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM notification_emails WHERE organisation_id = :org"
                        + (status == null ? "" : " AND status = :status")
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("org", organisationId)
                .param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status);
        }
        return statement.query(Outbox::entry).list();
    }

    /** An e-mail of this organisation, as admins see it. */
    @Transactional(readOnly = true)
    Optional<Entry> find(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS
                        + " FROM notification_emails WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(Outbox::entry)
                .optional();
    }

    /**
     * An admin's "retry now": makes a waiting or given-up e-mail due at {@code now}, keeping its attempts (a given-up
     * one gets one more attempt). The sender's next run claims it like any due row ({@code FOR UPDATE SKIP LOCKED}),
     * so any node may take it and none twice. Refused (false) for an e-mail a sender claimed after {@code
     * heldAfter} (it is being sent: making it due again could send it twice), for a sent or cancelled one, and for
     * a given-up direct e-mail (its body was blanked). One statement: the row lock orders it with a claim.
     */
    @Transactional
    boolean retry(UUID organisationId, UUID id, Instant now, Instant heldAfter) {
        return jdbc.sql("""
                                UPDATE notification_emails SET status = 'pending', next_attempt_at = :now
                                 WHERE organisation_id = :org AND id = :id
                                   AND (status = 'pending' OR (status = 'failed' AND (purpose IS NULL OR body_text IS NOT NULL)))
                                   AND (claimed_at IS NULL OR claimed_at <= :heldAfter)""")
                        .param("now", toDb(now))
                        .param("org", organisationId)
                        .param("id", id)
                        .param("heldAfter", toDb(heldAfter))
                        .update()
                == 1;
    }

    /** An admin's "discard": cancels a waiting or given-up e-mail with the reason, unless a sender holds it. */
    @Transactional
    boolean discard(UUID organisationId, UUID id, String reason, Instant heldAfter) {
        return jdbc.sql("""
                                UPDATE notification_emails SET status = 'cancelled', last_error = :reason, body_text = NULL,
                                       body_html = NULL, claimed_at = NULL
                                 WHERE organisation_id = :org AND id = :id AND status IN ('pending', 'failed')
                                   AND (claimed_at IS NULL OR claimed_at <= :heldAfter)""")
                        .param("reason", reason)
                        .param("org", organisationId)
                        .param("id", id)
                        .param("heldAfter", toDb(heldAfter))
                        .update()
                == 1;
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String purpose = rs.getString("purpose");
        String kind = purpose != null ? purpose : fromDb(rs, "digest_from") != null ? "digest" : "notification";
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getObject("recipient_id", UUID.class),
                rs.getString("to_address"),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                fromDb(rs, "created_at"),
                fromDb(rs, "next_attempt_at"),
                fromDb(rs, "sent_at"),
                kind,
                fromDb(rs, "claimed_at"),
                purpose != null,
                rs.getInt("has_body") == 1,
                rs.getObject("notification_id", UUID.class));
    }
}
