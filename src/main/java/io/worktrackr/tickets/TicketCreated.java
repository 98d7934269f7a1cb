package io.worktrackr.tickets;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the creating transaction. {@code assigneeId} is whom the ticket was created assigned to (a
 * reaction that reads the ticket later may already see another assignee); null in events recorded before it existed.
 */
public record TicketCreated(
        UUID ticketId,
        UUID organisationId,
        long number,
        UUID actorId,
        Instant at,
        @Nullable UUID assigneeId) {}
