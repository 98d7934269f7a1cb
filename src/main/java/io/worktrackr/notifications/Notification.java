package io.worktrackr.notifications;

import io.worktrackr.identity.Person;
import io.worktrackr.tickets.TicketSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a person's inbox: the ticket it is about (the first one, for a bulk assignment of {@code
 * ticketCount} tickets), the kinds of what happened in the order they happened ({@code kind} is the first), the
 * last person who acted ({@code null} for the system, e.g. an SLA alert), a one-line summary of everything that
 * coalesced into it, and the time of the latest event.
 */
public record Notification(
        UUID id,
        NotificationKind kind,
        List<NotificationKind> kinds,
        TicketSummary ticket,
        int ticketCount,
        @Nullable Person actor,
        String summary,
        Instant at,
        @Nullable Instant readAt) {

    /** One page of an inbox, newest first; {@code nextCursor} is null on the last page. */
    public record Page(List<Notification> items, @Nullable String nextCursor) {}
}
