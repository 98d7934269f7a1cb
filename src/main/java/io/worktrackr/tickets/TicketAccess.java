package io.worktrackr.tickets;

import io.worktrackr.identity.Actor;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one permission check other modules use for anything that hangs off a ticket (activity, comments,
 * attachments): may this actor see this ticket? Another organisation's ticket is {@link TicketNotFound},
 * exactly like a missing one.
 */
@Service
@Transactional(readOnly = true)
public class TicketAccess {

    public record TicketRef(UUID id, UUID organisationId, long number) {}

    private final TicketRepository repository;

    TicketAccess(TicketRepository repository) {
        this.repository = repository;
    }

    public TicketRef require(Actor actor, UUID ticketId) {
        return requireInOrganisation(actor.organisationId(), ticketId);
    }

    /** The ticket, for the system acting in an organisation (an automation rule): no person to check. */
    public TicketRef requireInOrganisation(UUID organisationId, UUID ticketId) {
        return repository
                .find(organisationId, ticketId)
                .map(t -> new TicketRef(t.id(), t.organisationId(), t.number()))
                .orElseThrow(() -> new TicketNotFound(ticketId));
    }
}
