package io.worktrackr.tickets;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;

/**
 * A closed ticket's fields are read-only (see {@link TicketStatus#editable()}): reopen it first, or in the same
 * request ({@code "status": "open"} beside the fields).
 */
public class TicketClosed extends ProblemException {

    public TicketClosed(long number, TicketField field) {
        super(
                ProblemType.TICKET_CLOSED,
                "#" + number + " is closed: reopen it to change its " + field.activityName() + ".",
                java.util.List.of(new FieldError(field.requestName(), "cannot change while the ticket is closed")));
    }
}
