package io.worktrackr.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event for one recipient. {@code source} names the event (with {@code kind} and the recipient it is unique,
 * so a repeated delivery is recognised); {@code actorId} is null for the system.
 */
record Delivery(
        UUID organisationId,
        UUID recipientId,
        UUID ticketId,
        NotificationKind kind,
        String source,
        @Nullable UUID actorId,
        Instant at) {}
