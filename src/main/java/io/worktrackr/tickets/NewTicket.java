package io.worktrackr.tickets;

import java.util.UUID;

/** Open a ticket. A missing queue means the organisation's default queue; a missing priority means medium. */
public record NewTicket(String title, String description, Priority priority, UUID queueId, UUID assigneeId) {}
