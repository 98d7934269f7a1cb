package io.worktrackr.automation;

import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What rules look at on a ticket: as it is now (the engine) or as it was at an event (the dry-run). */
record TicketState(
        UUID id,
        long number,
        String title,
        String description,
        TicketStatus status,
        Priority priority,
        UUID queueId,
        @Nullable UUID assigneeId,
        Instant createdAt,
        Instant updatedAt) {

    static TicketState of(Ticket t) {
        return new TicketState(
                t.id(),
                t.number(),
                t.title(),
                t.description(),
                t.status(),
                t.priority(),
                t.queueId(),
                t.assigneeId(),
                t.createdAt(),
                t.updatedAt());
    }

    /** This state with one field as the activity log names it set to a stored value. */
    TicketState with(String field, @Nullable String value) {
        return switch (field) {
            case "status" ->
                value == null
                        ? this
                        : new TicketState(
                                id,
                                number,
                                title,
                                description,
                                TicketStatus.fromCode(value),
                                priority,
                                queueId,
                                assigneeId,
                                createdAt,
                                updatedAt);
            case "priority" ->
                value == null
                        ? this
                        : new TicketState(
                                id,
                                number,
                                title,
                                description,
                                status,
                                Priority.fromCode(value),
                                queueId,
                                assigneeId,
                                createdAt,
                                updatedAt);
            case "queue" ->
                value == null
                        ? this
                        : new TicketState(
                                id,
                                number,
                                title,
                                description,
                                status,
                                priority,
                                UUID.fromString(value),
                                assigneeId,
                                createdAt,
                                updatedAt);
            case "assignee" ->
                new TicketState(
                        id,
                        number,
                        title,
                        description,
                        status,
                        priority,
                        queueId,
                        value == null ? null : UUID.fromString(value),
                        createdAt,
                        updatedAt);
            case "title" ->
                value == null
                        ? this
                        : new TicketState(
                                id,
                                number,
                                value,
                                description,
                                status,
                                priority,
                                queueId,
                                assigneeId,
                                createdAt,
                                updatedAt);
            case "description" ->
                value == null
                        ? this
                        : new TicketState(
                                id, number, title, value, status, priority, queueId, assigneeId, createdAt, updatedAt);
            default -> this;
        };
    }

    TicketState updatedAt(Instant at) {
        return new TicketState(id, number, title, description, status, priority, queueId, assigneeId, createdAt, at);
    }
}
