package io.worktrackr.tickets;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.ProblemException;
import java.util.List;

/** A status change the lifecycle does not allow. Names the statuses that are allowed. */
public class IllegalTicketTransition extends ProblemException {

    public IllegalTicketTransition(TicketStatus from, TicketStatus to) {
        super(
                422,
                "illegal-transition",
                "Status change not allowed",
                "A " + from.code() + " ticket cannot move to " + to.code() + "; allowed: " + codes(from) + ".",
                List.of(new FieldError(
                        "status",
                        "cannot move from " + from.code() + " to " + to.code() + "; allowed: " + codes(from))));
        with("allowed", from.next().stream().map(TicketStatus::code).toList());
    }

    private static String codes(TicketStatus from) {
        return String.join(", ", from.next().stream().map(TicketStatus::code).toList());
    }
}
