package io.worktrackr.tickets;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The worklists. Each view is defined exactly once, here, as a set of statuses and an assignee rule; the SQL
 * condition used by both the list and its count, and the in-memory test, are both derived from that.
 */
public enum TicketView {
    MY(TicketStatus.active(), Assignee.CALLER),
    UNASSIGNED(TicketStatus.active(), Assignee.NOBODY),
    ACTIVE(TicketStatus.active(), Assignee.ANY),
    OPEN(EnumSet.of(TicketStatus.OPEN), Assignee.ANY),
    IN_PROGRESS(EnumSet.of(TicketStatus.IN_PROGRESS), Assignee.ANY),
    PENDING(EnumSet.of(TicketStatus.PENDING), Assignee.ANY),
    RESOLVED(EnumSet.of(TicketStatus.RESOLVED), Assignee.ANY),
    CLOSED(EnumSet.of(TicketStatus.CLOSED), Assignee.ANY),
    ALL(EnumSet.allOf(TicketStatus.class), Assignee.ANY),
    /** Active tickets with a service-level clock at risk (none overdue); the boundary moves with time. */
    AT_RISK(TicketStatus.active(), Assignee.ANY, SlaCondition.AT_RISK),
    /** Active tickets with a service-level clock past due. */
    BREACHED(TicketStatus.active(), Assignee.ANY, SlaCondition.BREACHED);

    enum Assignee {
        ANY,
        CALLER,
        NOBODY
    }

    /** Whom a ticket is assigned to, as seen by the caller. */
    enum AssignedTo {
        CALLER,
        NOBODY,
        SOMEONE_ELSE;

        /** The one classification of an assignee relative to the caller ({@code null}: no caller, e.g. a job). */
        static AssignedTo of(@Nullable UUID assignee, @Nullable UUID caller) {
            return assignee == null ? NOBODY : assignee.equals(caller) ? CALLER : SOMEONE_ELSE;
        }
    }

    private final Set<TicketStatus> statuses;
    private final Assignee assignee;
    private final @Nullable SlaCondition sla;

    TicketView(Set<TicketStatus> statuses, Assignee assignee) {
        this(statuses, assignee, null);
    }

    TicketView(Set<TicketStatus> statuses, Assignee assignee, @Nullable SlaCondition sla) {
        this.statuses = statuses;
        this.assignee = assignee;
        this.sla = sla;
    }

    /** The service-level condition of this view, if any: such a view depends on "now" (see {@link SlaStanding}). */
    @Nullable SlaCondition sla() {
        return sla;
    }

    /**
     * The order this view's list takes when the client asks for none: the one definition, which the API also
     * documents per view (the {@code sort} parameter of {@code GET /api/tickets}) for the web app. Views defined by
     * a service-level condition come nearest due first — the order a person works them in, and the one their
     * partial index serves a page at a time (bench/results/2026-12-01-sla-under-load.md); the others most recently
     * changed first.
     */
    TicketSort.Order defaultOrder() {
        return sla == null ? TicketSort.Order.NEWEST_CHANGE_FIRST : TicketSort.Order.NEAREST_DUE_FIRST;
    }

    /** {@link #defaultOrder()} as the {@code sort} parameter writes it ({@code -updated}, {@code due}). */
    public String defaultSort() {
        return defaultOrder().code();
    }

    Set<TicketStatus> statuses() {
        return statuses;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Does this ticket belong in this view for this caller, now? */
    public boolean includes(Ticket ticket, UUID caller, java.time.Instant now) {
        return includes(ticket.status(), AssignedTo.of(ticket.assigneeId(), caller))
                && (sla == null || sla.includes(ticket, now));
    }

    /** The whole rule for a group of tickets with one status, assignee and SLA standing (now): what counts apply. */
    boolean includes(TicketStatus status, AssignedTo assignedTo, SlaStanding standing) {
        return includes(status, assignedTo) && (sla == null || sla.standing() == standing);
    }

    /**
     * The rule on status and assignee: {@link #includes(Ticket, UUID, java.time.Instant)} applies it to one ticket
     * (with the view's SLA condition), the counts to groups.
     */
    boolean includes(TicketStatus status, AssignedTo assignedTo) {
        return statuses.contains(status)
                && switch (assignee) {
                    case ANY -> true;
                    case CALLER -> assignedTo == AssignedTo.CALLER;
                    case NOBODY -> assignedTo == AssignedTo.NOBODY;
                };
    }

    /**
     * The same rule as SQL over the alias {@code t}. Status codes come from the enum, never from input; the
     * caller's id is the named parameter {@code :caller}, "now" is {@code :now}.
     */
    String sqlCondition() {
        String statusCondition = statuses.size() == TicketStatus.values().length
                ? "TRUE"
                : statuses.stream()
                        .map(s -> "'" + s.code() + "'")
                        .collect(Collectors.joining(", ", "t.status IN (", ")"));
        String condition = switch (assignee) {
            case ANY -> statusCondition;
            case CALLER -> "(" + statusCondition + " AND t.assignee_id = :caller)";
            case NOBODY -> "(" + statusCondition + " AND t.assignee_id IS NULL)";
        };
        return sla == null ? condition : "(" + condition + " AND " + sla.sqlCondition() + ")";
    }

    public static TicketView parse(String value) {
        return Arrays.stream(values())
                .filter(v -> v.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(
                        "view",
                        "must be one of "
                                + Arrays.stream(values()).map(TicketView::code).collect(Collectors.joining(", "))));
    }
}
