package io.worktrackr.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail of the outbox as an admin sees it: {@code status} pending (waiting, or retrying after {@code
 * lastError} at {@code nextAttemptAt}), sent, failed (given up, {@code lastError} says why in words) or cancelled.
 * {@code kind} is {@code notification}, {@code digest} or {@code invitation}. A direct e-mail (an invitation link)
 * may have no {@code recipientId}: the invitee has no account yet. {@code toAddress} is where it went or goes (for
 * a notification not yet attempted, the recipient's current address). {@code retryable}/{@code discardable}: what
 * an admin may do with it now (never while a server is sending it).
 */
public record OutboxEmail(
        UUID id,
        String kind,
        @Nullable UUID recipientId,
        @Nullable String recipientName,
        @Nullable String toAddress,
        @Nullable String subject,
        String status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        boolean retryable,
        boolean discardable) {}
