package io.worktrackr.notifications;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.PageLimits;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The organisation's e-mail outbox for its admins: what went out, what waits, what failed and why, newest first;
 * "retry now" (due at once; the sender job on any node takes it) and "discard" (cancelled, never sent).
 */
@Service
public class EmailOutbox {

    private static final Set<String> STATUSES = Set.of("pending", "sent", "failed", "cancelled");

    private final Outbox outbox;
    private final UserDirectory users;
    private final Clock clock;

    EmailOutbox(Outbox outbox, UserDirectory users, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.clock = clock;
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
     * that is sent, cancelled, being sent right now, or a given-up invitation (its link was discarded).
     */
    public OutboxEmail retry(Actor actor, UUID id) {
        actor.requireAdmin();
        Outbox.Entry entry = find(actor, id);
        Instant now = clock.instant();
        if (!outbox.retry(actor.organisationId(), id, now, now.minus(EmailSender.LEASE))) {
            throw notWaiting(find(actor, id), now, "retried");
        }
        return get(actor, entry.id());
    }

    /** Gives up a waiting or failed e-mail for good (status cancelled, the reason says who did). */
    public OutboxEmail discard(Actor actor, UUID id) {
        actor.requireAdmin();
        find(actor, id);
        Instant now = clock.instant();
        if (!outbox.discard(actor.organisationId(), id, "Discarded by an admin.", now.minus(EmailSender.LEASE))) {
            throw notWaiting(find(actor, id), now, "discarded");
        }
        return get(actor, id);
    }

    private OutboxEmail get(Actor actor, UUID id) {
        Outbox.Entry entry = find(actor, id);
        Map<UUID, Person> people = entry.recipientId() == null ? Map.of() : users.people(List.of(entry.recipientId()));
        return view(entry, people, clock.instant());
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
