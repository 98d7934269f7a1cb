package io.worktrackr.tickets;

import java.util.UUID;

/** One item of a bulk update. */
public record BulkChange(UUID ticketId, TicketChanges changes) {}
