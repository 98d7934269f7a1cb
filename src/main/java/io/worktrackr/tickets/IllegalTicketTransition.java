package io.worktrackr.tickets;

import io.worktrackr.common.FieldError;
import java.util.List;

/**
 * A status change the lifecycle does not allow. Knows the statuses that are allowed. Says it in the words people
 * read on screen ("Cannot move #40 from Closed to In Progress"), the codes stay in {@link #allowed()}.
 */
public class IllegalTicketTransition extends RuntimeException {

    private final TicketStatus from;
    private final TicketStatus to;

    public IllegalTicketTransition(long number, TicketStatus from, TicketStatus to) {
        super("Cannot move #" + number + " from " + from.label() + " to " + to.label() + "; it can move to "
                + labels(from) + ".");
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
                "status",
                "cannot move from " + from.label() + " to " + to.label() + "; it can move to " + labels(from));
    }

    private static String labels(TicketStatus from) {
        List<String> labels = from.next().stream().map(TicketStatus::label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
