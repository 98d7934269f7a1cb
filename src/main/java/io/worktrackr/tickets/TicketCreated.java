package io.worktrackr.tickets;

import java.time.Instant;
import java.util.UUID;

/** Published inside the creating transaction. */
public record TicketCreated(UUID ticketId, UUID organisationId, long number, UUID actorId, Instant at) {}
