package io.worktrackr.tickets.web;

import io.worktrackr.tickets.TicketSla;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A ticket on the wire, with the names a person reads next to the ids. */
public record TicketResponse(
        UUID id,
        long number,
        String title,
        String description,
        String status,
        String priority,
        QueueRef queue,
        @Nullable PersonRef assignee,
        PersonRef createdBy,
        List<String> allowedStatuses,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        @Nullable Instant firstRespondedAt,
        @Nullable TicketSla sla) {

    public record QueueRef(UUID id, String name) {}

    public record PersonRef(UUID id, String name, String email) {}
}
