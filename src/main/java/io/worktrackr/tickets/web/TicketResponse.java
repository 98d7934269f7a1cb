package io.worktrackr.tickets.web;

import io.swagger.v3.oas.annotations.media.Schema;
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

        @Schema(
                description = "the description's Markdown as sanitised HTML, rendered exactly like comments; "
                        + "on single-ticket answers only (null in lists)")
        @Nullable String descriptionHtml,

        String status,
        String priority,
        QueueRef queue,
        @Nullable PersonRef assignee,
        PersonRef createdBy,
        List<String> allowedStatuses,

        @Schema(
                description = "false while closed: title, description, priority, assignee and queue are read-only "
                        + "until the ticket is reopened (a change answers 422 `ticket-closed`)")
        boolean editable,

        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        @Nullable Instant firstRespondedAt,
        @Nullable TicketSla sla) {

    TicketResponse withDescriptionHtml(String html) {
        return new TicketResponse(
                id,
                number,
                title,
                description,
                html,
                status,
                priority,
                queue,
                assignee,
                createdBy,
                allowedStatuses,
                editable,
                version,
                createdAt,
                updatedAt,
                resolvedAt,
                closedAt,
                firstRespondedAt,
                sla);
    }

    public record QueueRef(UUID id, String name) {}

    public record PersonRef(UUID id, String name, String email) {}
}
