package io.worktrackr.tickets;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Open a ticket. A missing queue means the organisation's default queue; a missing priority means medium. */
public record NewTicket(
        @Nullable String title,
        @Nullable String description,
        @Nullable Priority priority,
        @Nullable UUID queueId,
        @Nullable UUID assigneeId) {}
