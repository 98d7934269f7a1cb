package io.worktrackr.tickets;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fields a client wants changed on one ticket; null means "leave alone", except that
 * {@code assigneeGiven} distinguishes "unassign" (given, null id) from "leave the assignee alone".
 * {@code expectedVersion} is the version the client saw, if it sent one.
 */
public record TicketChanges(
        @Nullable Long expectedVersion,
        @Nullable TicketStatus status,
        @Nullable Priority priority,
        boolean assigneeGiven,
        @Nullable UUID assigneeId,
        @Nullable UUID queueId,
        @Nullable String title,
        @Nullable String description) {

    public static TicketChanges none() {
        return new TicketChanges(null, null, null, false, null, null, null, null);
    }

    public TicketChanges withStatus(TicketStatus to) {
        return new TicketChanges(expectedVersion, to, priority, assigneeGiven, assigneeId, queueId, title, description);
    }
}
