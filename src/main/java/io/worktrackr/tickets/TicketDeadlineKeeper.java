package io.worktrackr.tickets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a ticket's nearest due and at-risk instants in step with each change, inside its transaction (the sla module
 * implements it; the tickets module knows nothing of policies or calendars).
 *
 * <p>Asked before the changed row is written, so that moved instants go into the change's own UPDATE: a second
 * update of the row in the same transaction writes a second row version into every index of the tickets table, which
 * cost a status change more database time than its own update. The keeper writes its own state only when told the
 * row holds the change ({@link Plan#apply()}), so a change that is refused (a stale version) leaves nothing behind.
 */
public interface TicketDeadlineKeeper {

    /** What a change does to the ticket's instants; {@code ticket} holds the change, not yet written. */
    Plan plan(Ticket ticket, List<FieldChange> changes, Instant at);

    /**
     * The instants of a ticket being opened at {@code at}, not yet written: they go into its INSERT (the row is
     * written once, not inserted and then updated), and {@link Plan#apply()} starts the keeper's clocks after it.
     */
    Plan planOpening(Ticket ticket, Instant at);

    /**
     * What the first public reply at {@code at} does to the instants of a ticket whose row the caller holds locked,
     * not yet stamped: they go into the stamp's own UPDATE.
     */
    Plan planFirstResponse(UUID organisationId, UUID ticketId, Instant at);

    /** The outcome of {@link #plan}: the instants to write with the change, and the keeper's own writes. */
    interface Plan {

        /** True when the ticket's instants move: then {@link #dueAt()} and {@link #atRiskAt()} are written. */
        boolean movesDeadlines();

        @Nullable Instant dueAt();

        @Nullable Instant atRiskAt();

        /** Writes the keeper's own state; called once, after the ticket row holds the change. */
        void apply();
    }

    /** A change that moves nothing. */
    Plan NOTHING = new Plan() {
        @Override
        public boolean movesDeadlines() {
            return false;
        }

        @Override
        public @Nullable Instant dueAt() {
            return null;
        }

        @Override
        public @Nullable Instant atRiskAt() {
            return null;
        }

        @Override
        public void apply() {}
    };

    /** The keeper of an application without the sla module (slices in tests): every change moves nothing. */
    TicketDeadlineKeeper NONE = new TicketDeadlineKeeper() {
        @Override
        public Plan plan(Ticket ticket, List<FieldChange> changes, Instant at) {
            return NOTHING;
        }

        @Override
        public Plan planOpening(Ticket ticket, Instant at) {
            return NOTHING;
        }

        @Override
        public Plan planFirstResponse(UUID organisationId, UUID ticketId, Instant at) {
            return NOTHING;
        }
    };
}
