package io.worktrackr.tickets;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Supplies the {@link TicketSla} of tickets for their JSON. Implemented by the sla module (which depends on
 * tickets, never the other way round); without an implementation tickets show no SLA.
 */
public interface TicketSlaLookup {

    /** The service level of those of these tickets of the organisation that have one, by ticket id. */
    Map<UUID, TicketSla> slaOf(UUID organisationId, Collection<UUID> ticketIds);
}
