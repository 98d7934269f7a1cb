package io.worktrackr.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail of the outbox as an admin sees it: {@code status} pending (waiting, or retrying after {@code
 * lastError} at {@code nextAttemptAt}), sent, failed (given up, {@code lastError} says why) or cancelled. A
 * direct e-mail (an invitation link) may have no {@code recipientId}: the invitee has no account yet.
 */
public record OutboxEmail(
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
