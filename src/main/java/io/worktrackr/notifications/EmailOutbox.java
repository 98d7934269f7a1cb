package io.worktrackr.notifications;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.PageLimits;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.AuditTrail;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's e-mail outbox for its admins: what went out, what waits, what failed and why, newest first;
 * whether this install sends e-mail at all; "retry now" (due at once; the sender job on any node takes it) and
 * "discard" (cancelled, never sent), each recorded in the organisation's audit trail in its own transaction.
 */
@Service
public class EmailOutbox {

    private static final Set<String> STATUSES = Set.of("pending", "sent", "failed", "cancelled");

    /** How the audit trail names each kind of e-mail ("Retried the invitation e-mail to …"). */
    private static final Map<String, String> KIND_WORDS =
            Map.of("notification", "notification", "digest", "daily digest", "invitation", "invitation");

    private final Outbox outbox;
    private final UserDirectory users;
    private final MailProperties mail;
    private final AuditTrail audit;
    private final Clock clock;

    EmailOutbox(Outbox outbox, UserDirectory users, MailProperties mail, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Does this install send e-mail? Without an SMTP server ({@code WORKTRACKR_SMTP_HOST}) the sender job sends
     * nothing and every e-mail waits in the outbox. Says only whether one is configured, never which (admins only).
     */
    public boolean smtpConfigured(Actor actor) {
        actor.requireAdmin();
        return mail.smtpConfigured();
    }

    public List<OutboxEmail> list(Actor actor, @Nullable String status, @Nullable Integer limit) {
        actor.requireAdmin();
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInput("status", "must be one of pending, sent, failed, cancelled");
        }
        List<Outbox.Entry> entries = outbox.list(actor.organisationId(), status, PageLimits.size(limit));
        Map<UUID, Person> people = users.people(entries.stream()
                .map(Outbox.Entry::recipientId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Instant now = clock.instant();
        return entries.stream().map(e -> view(e, people, now)).toList();
    }

    /**
     * Makes a waiting or given-up e-mail due now: the sender's next run (every few seconds, on whichever node holds
     * its lock) tries it once more. 404 for an e-mail of another organisation; 409 {@code email-not-waiting} for one
     * that is sent, cancelled, being sent right now, or a given-up invitation (its link was discarded). The audit
     * trail records {@code email.retried}, in the same transaction.
     */
    @Transactional
    public OutboxEmail retry(Actor actor, UUID id) {
        actor.requireAdmin();
        Outbox.Entry before = find(actor, id);
        Instant now = clock.instant();
        if (!outbox.retry(actor.organisationId(), id, now, now.minus(EmailSender.LEASE))) {
            throw notWaiting(find(actor, id), now, "retried");
        }
        Outbox.Entry entry = find(actor, id);
        OutboxEmail retried = view(entry, recipientOf(entry), now);
        record(actor, before.status(), entry, retried, "email.retried", "Retried");
        return retried;
    }

    /**
     * Gives up a waiting or failed e-mail for good (status cancelled, the reason says an admin did); the audit trail
     * records {@code email.discarded} (who), in the same transaction.
     */
    @Transactional
    public OutboxEmail discard(Actor actor, UUID id) {
        actor.requireAdmin();
        Outbox.Entry before = find(actor, id);
        Instant now = clock.instant();
        if (!outbox.discard(actor.organisationId(), id, "Discarded by an admin.", now.minus(EmailSender.LEASE))) {
            throw notWaiting(find(actor, id), now, "discarded");
        }
        Outbox.Entry entry = find(actor, id);
        OutboxEmail discarded = view(entry, recipientOf(entry), now);
        record(actor, before.status(), entry, discarded, "email.discarded", "Discarded");
        return discarded;
    }

    /**
     * One line for people ("Retried the notification e-mail to Alice &lt;alice@…&gt;: [#12] VPN drops…") and the
     * facts: which e-mail, its kind, for whom, the notification it tells of, and its status from → to.
     */
    private void record(
            Actor actor, String statusBefore, Outbox.Entry entry, OutboxEmail email, String action, String verb) {
        String to = email.recipientName() != null && email.toAddress() != null
                ? email.recipientName() + " <" + email.toAddress() + ">"
                : email.toAddress() != null
                        ? email.toAddress()
                        : email.recipientName() != null ? email.recipientName() : "an unknown recipient";
        String summary = verb + " the " + KIND_WORDS.getOrDefault(email.kind(), email.kind()) + " e-mail to " + to
                + (email.subject() == null ? "" : ": " + email.subject());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("emailId", email.id());
        details.put("kind", email.kind());
        if (email.recipientId() != null) {
            details.put("recipientId", email.recipientId());
        }
        if (email.toAddress() != null) {
            details.put("toAddress", email.toAddress());
        }
        if (entry.notificationId() != null) {
            details.put("notificationId", entry.notificationId());
        }
        if (email.subject() != null) {
            details.put("subject", email.subject());
        }
        details.put("status", Map.of("from", statusBefore, "to", email.status()));
        audit.record(actor, action, summary, details);
    }

    private Map<UUID, Person> recipientOf(Outbox.Entry entry) {
        return entry.recipientId() == null ? Map.of() : users.people(List.of(entry.recipientId()));
    }

    private Outbox.Entry find(Actor actor, UUID id) {
        return outbox.find(actor.organisationId(), id).orElseThrow(() -> new NotFound("E-mail " + id));
    }

    private static EmailNotWaiting notWaiting(Outbox.Entry entry, Instant now, String action) {
        String why = switch (entry.status()) {
            case "sent" -> "It was sent already.";
            case "cancelled" -> "It was cancelled" + (entry.lastError() == null ? "." : ": " + entry.lastError());
            default -> {
                if (entry.held(now, EmailSender.LEASE)) {
                    yield "A server is sending it right now; look again in a minute.";
                }
                if (entry.status().equals("failed") && !entry.retryable(now, EmailSender.LEASE)) {
                    yield "Its link was discarded when it was given up; send a new invitation instead.";
                }
                yield "It changed meanwhile; look again.";
            }
        };
        return new EmailNotWaiting(entry.id(), entry.status(), "This e-mail cannot be " + action + ". " + why);
    }

    private static OutboxEmail view(Outbox.Entry e, Map<UUID, Person> people, Instant now) {
        @Nullable Person recipient = e.recipientId() == null ? null : people.get(e.recipientId());
        return new OutboxEmail(
                e.id(),
                e.kind(),
                e.recipientId(),
                recipient == null ? null : recipient.name(),
                e.toAddress() != null ? e.toAddress() : recipient == null ? null : recipient.email(),
                e.subject(),
                e.status(),
                e.attempts(),
                e.lastError(),
                e.createdAt(),
                e.nextAttemptAt(),
                e.sentAt(),
                e.retryable(now, EmailSender.LEASE),
                e.discardable(now, EmailSender.LEASE));
    }
}
