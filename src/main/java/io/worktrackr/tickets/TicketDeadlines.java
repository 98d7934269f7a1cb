package io.worktrackr.tickets;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets' side of the service-level clocks: the sla module keeps each ticket's nearest due and at-risk
 * instants here or in the change's own write ({@link TicketDeadlineKeeper}), inside the transaction of the change
 * that moved them, so the {@link TicketView#AT_RISK} and {@link TicketView#BREACHED} views
 * and the due sort are index scans. The tickets module knows nothing of policies or calendars.
 */
@Service
public class TicketDeadlines {

    private final TicketRepository repository;
    private final java.time.Clock clock;

    TicketDeadlines(TicketRepository repository, java.time.Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The ticket as stored now (inside the caller's transaction, so it sees the change being made). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Ticket> find(UUID organisationId, UUID ticketId) {
        return repository.find(organisationId, ticketId);
    }

    /** Sets the nearest due and at-risk instants of the ticket's running clocks (both null: none runs). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void set(UUID organisationId, UUID ticketId, @Nullable Instant dueAt, @Nullable Instant atRiskAt) {
        repository.setDeadlines(organisationId, ticketId, dueAt, atRiskAt, clock.instant());
    }
}
