package io.worktrackr.tickets;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who last changed a field of a ticket, and when, for naming the other side of a {@link FieldConflict}. Implemented
 * by the activity module from its log (which depends on tickets, never the other way round); without an
 * implementation a conflict names the field and its value but nobody.
 */
public interface TicketFieldHistory {

    /** The last change of the field as the activity log holds it; {@code actorId} is null when the system did it. */
    record LastChange(
            @Nullable UUID actorId, Instant at, @Nullable String automationRule) {}

    Optional<LastChange> lastChange(UUID organisationId, UUID ticketId, TicketField field);
}
