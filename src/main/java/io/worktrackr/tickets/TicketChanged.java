package io.worktrackr.tickets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Published inside the changing transaction, once per ticket that really changed, with every changed field. */
public record TicketChanged(UUID ticketId, UUID organisationId, UUID actorId, Instant at, List<FieldChange> changes) {}
