package io.worktrackr.tickets;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a list asks for: a view plus optional filters that narrow it. Empty sets mean "any"; several values of one
 * filter mean any of them ({@code sla}: at risk or breached; {@code statuses}: open or pending). {@code unassigned}
 * asks for tickets without an assignee; it cannot be combined with an {@code assigneeId}.
 */
public record TicketFilter(
        TicketView view,
        Set<UUID> queueIds,
        Set<TicketStatus> statuses,
        Set<Priority> priorities,
        @Nullable UUID assigneeId,
        @Nullable String text,
        Set<SlaCondition> sla,
        boolean unassigned) {

    /** Without the "unassigned" filter. */
    public TicketFilter(
            TicketView view,
            Set<UUID> queueIds,
            Set<TicketStatus> statuses,
            Set<Priority> priorities,
            @Nullable UUID assigneeId,
            @Nullable String text,
            Set<SlaCondition> sla) {
        this(view, queueIds, statuses, priorities, assigneeId, text, sla, false);
    }

    /** Without a service-level condition. */
    public TicketFilter(
            TicketView view,
            Set<UUID> queueIds,
            Set<TicketStatus> statuses,
            Set<Priority> priorities,
            @Nullable UUID assigneeId,
            @Nullable String text) {
        this(view, queueIds, statuses, priorities, assigneeId, text, Set.of());
    }

    /**
     * Does every ticket this filter admits have a due instant? True when the view or every {@code sla=} value
     * requires one (at risk, breached): then the due sort needs no place for tickets without one.
     */
    boolean everyTicketHasDue() {
        SlaCondition viewCondition = view.sla();
        return (viewCondition != null && viewCondition.requiresDue())
                || (!sla.isEmpty() && sla.stream().allMatch(SlaCondition::requiresDue));
    }

    public TicketFilter {
        if (unassigned && assigneeId != null) {
            throw new IllegalArgumentException("a list is either of one assignee's tickets or of unassigned ones");
        }
        sla = sla == null ? Set.of() : Set.copyOf(sla);
        view = view == null ? TicketView.ALL : view;
        queueIds = queueIds == null ? Set.of() : Set.copyOf(queueIds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        text = text == null ? null : text.strip();
        text = text == null || text.isEmpty() ? null : text;
    }
}
