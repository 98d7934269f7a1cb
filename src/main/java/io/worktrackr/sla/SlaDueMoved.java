package io.worktrackr.sla;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's clock got a new due instant because an admin changed the policy or business calendar it runs on
 * (not because the ticket changed). Published by the background recompute, in the transaction that moves it, so
 * the activity log records it with the change. {@code reason}: policy or calendar.
 */
public record SlaDueMoved(
        UUID ticketId,
        UUID organisationId,
        ClockKind clock,
        @Nullable Instant oldDueAt,
        @Nullable Instant newDueAt,
        String reason,
        Instant at) {}
