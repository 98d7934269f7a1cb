package io.worktrackr.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail of the outbox as an admin sees it: {@code status} pending (waiting, or retrying after {@code
 * lastError} at {@code nextAttemptAt}), sent, failed (given up, {@code lastError} says why) or cancelled.
 */
public record OutboxEmail(
        UUID id,
        UUID recipientId,
        @Nullable String toAddress,
        @Nullable String subject,
        String status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt) {}
