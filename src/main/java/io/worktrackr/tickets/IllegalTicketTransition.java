package io.worktrackr.tickets;

import io.worktrackr.common.FieldError;
import java.util.List;

/** A status change the lifecycle does not allow. Knows the statuses that are allowed. */
public class IllegalTicketTransition extends RuntimeException {

    private final TicketStatus from;
    private final TicketStatus to;

    public IllegalTicketTransition(TicketStatus from, TicketStatus to) {
        super("A " + from.code() + " ticket cannot move to " + to.code() + "; allowed: " + codes(from) + ".");
        this.from = from;
        this.to = to;
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }

    /** Where a ticket in {@link #from()} may move instead. */
    public List<TicketStatus> allowed() {
        return List.copyOf(from.next());
    }

    /** The refusal as an error of the {@code status} field. */
    public FieldError fieldError() {
        return new FieldError(
                "status", "cannot move from " + from.code() + " to " + to.code() + "; allowed: " + codes(from));
    }

    private static String codes(TicketStatus from) {
        return String.join(", ", from.next().stream().map(TicketStatus::code).toList());
    }
}
