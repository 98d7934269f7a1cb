package io.worktrackr.notifications;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.PageLimits;
import io.worktrackr.identity.Actor;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The organisation's e-mail outbox, newest first, for its admins (what went out, what waits, what failed and why). */
@Service
public class EmailOutbox {

    private static final Set<String> STATUSES = Set.of("pending", "sent", "failed", "cancelled");

    private final Outbox outbox;

    EmailOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<OutboxEmail> list(Actor actor, @Nullable String status, @Nullable Integer limit) {
        actor.requireAdmin();
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInput("status", "must be one of pending, sent, failed, cancelled");
        }
        return outbox.list(actor.organisationId(), status, PageLimits.size(limit)).stream()
                .map(e -> new OutboxEmail(
                        e.id(),
                        e.recipientId(),
                        e.toAddress(),
                        e.subject(),
                        e.status(),
                        e.attempts(),
                        e.lastError(),
                        e.createdAt(),
                        e.nextAttemptAt(),
                        e.sentAt()))
                .toList();
    }
}
