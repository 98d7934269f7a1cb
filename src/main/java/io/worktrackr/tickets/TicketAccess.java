package io.worktrackr.tickets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.worktrackr.identity.Actor;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one permission check other modules use for anything that hangs off a ticket (activity, comments,
 * attachments): may this actor see this ticket? Another organisation's ticket is {@link TicketNotFound},
 * exactly like a missing one.
 *
 * <p>What the check reads never changes: a ticket keeps its id, organisation and number for life and is never
 * deleted. So each node keeps the tickets it has found (bounded), and the ticket page's activity, comments and
 * attachments need no statement for it. Only committed tickets are kept: one found inside a transaction that
 * might still roll back its creation is kept after that transaction commits. A ticket not found is not kept (its id
 * could be one that another node is creating now).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class TicketAccess {

    public record TicketRef(UUID id, UUID organisationId, long number) {}

    /** About 100 bytes each: some 10 MB at most. */
    private static final long KEPT_TICKETS = 100_000;

    private final TicketRepository repository;
    private final Cache<UUID, TicketRef> found =
            Caffeine.newBuilder().maximumSize(KEPT_TICKETS).build();

    TicketAccess(TicketRepository repository) {
        this.repository = repository;
    }

    public TicketRef require(Actor actor, UUID ticketId) {
        return requireInOrganisation(actor.organisationId(), ticketId);
    }

    /** The ticket, for the system acting in an organisation (an automation rule): no person to check. */
    public TicketRef requireInOrganisation(UUID organisationId, UUID ticketId) {
        TicketRef ref = found.getIfPresent(ticketId);
        if (ref == null) {
            ref = repository
                    .find(organisationId, ticketId)
                    .map(t -> new TicketRef(t.id(), t.organisationId(), t.number()))
                    .orElseThrow(() -> new TicketNotFound(ticketId));
            keepOnceCommitted(ref);
        }
        if (!ref.organisationId().equals(organisationId)) {
            throw new TicketNotFound(ticketId);
        }
        return ref;
    }

    private void keepOnceCommitted(TicketRef ref) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    found.put(ref.id(), ref);
                }
            });
        } else {
            found.put(ref.id(), ref);
        }
    }
}
