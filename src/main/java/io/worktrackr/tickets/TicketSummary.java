package io.worktrackr.tickets;

import java.util.UUID;

/** What other modules may read about a ticket to show or link it: never the aggregate itself. */
public record TicketSummary(UUID id, UUID organisationId, long number, String title, TicketStatus status) {

    static TicketSummary of(Ticket ticket) {
        return new TicketSummary(
                ticket.id(), ticket.organisationId(), ticket.number(), ticket.title(), ticket.status());
    }
}
