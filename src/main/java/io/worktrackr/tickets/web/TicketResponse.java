package io.worktrackr.tickets.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ticket on the wire, with the names a person reads next to the ids. */
public record TicketResponse(
        UUID id,
        long number,
        String title,
        String description,
        String status,
        String priority,
        QueueRef queue,
        PersonRef assignee,
        PersonRef createdBy,
        List<String> allowedStatuses,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt,
        Instant closedAt,
        Instant firstRespondedAt) {

    public record QueueRef(UUID id, String name) {}

    public record PersonRef(UUID id, String name, String email) {}
}
