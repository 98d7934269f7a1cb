package io.worktrackr.tickets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the changing transaction, once per ticket that really changed, with every changed field.
 * {@code number} and {@code version} (the version the change produced) are null in events recorded before they
 * existed (still in the publication registry). {@code actorId} is the person who changed it, null when the system
 * did: then {@code automation} says which rule and why (listeners treat a null actor as "nobody to spare": a
 * notification goes to everyone it concerns).
 */
public record TicketChanged(
        UUID ticketId,
        UUID organisationId,
        @Nullable UUID actorId,
        Instant at,
        List<FieldChange> changes,
        @Nullable Long number,
        @Nullable Long version,
        @Nullable AutomationCause automation) {

    /** A person's change. */
    public TicketChanged(
            UUID ticketId,
            UUID organisationId,
            UUID actorId,
            Instant at,
            List<FieldChange> changes,
            @Nullable Long number,
            @Nullable Long version) {
        this(ticketId, organisationId, actorId, at, changes, number, version, null);
    }

    /** Without number and version (as recorded before they existed). */
    public TicketChanged(UUID ticketId, UUID organisationId, UUID actorId, Instant at, List<FieldChange> changes) {
        this(ticketId, organisationId, actorId, at, changes, null, null);
    }

    /** Whether the change moved the ticket to someone else (or to nobody). */
    public boolean reassigned() {
        return changes.stream()
                .anyMatch(c -> TicketField.ASSIGNEE.activityName().equals(c.field()));
    }

    /**
     * Whether the change gave the ticket to someone other than whoever made it: a person taking a ticket themselves,
     * or giving it to nobody, hands it to no one else.
     */
    public boolean assignedToAnother() {
        return changes.stream()
                .filter(c -> TicketField.ASSIGNEE.activityName().equals(c.field()))
                .anyMatch(c -> c.newValue() != null
                        && (actorId == null || !c.newValue().equals(actorId.toString())));
    }

    /** Whether the change took the ticket from resolved or closed back to an active status. */
    public boolean reopened() {
        return changes.stream()
                .filter(c -> TicketField.STATUS.activityName().equals(c.field()))
                .anyMatch(c -> c.oldValue() != null
                        && c.newValue() != null
                        && !TicketStatus.active().contains(TicketStatus.fromCode(c.oldValue()))
                        && TicketStatus.active().contains(TicketStatus.fromCode(c.newValue())));
    }
}
