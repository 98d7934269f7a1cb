package io.worktrackr.tickets;

import io.worktrackr.common.NotFound;

/** No such ticket for this actor (missing or another organisation's: the same answer). */
public class TicketNotFound extends NotFound {

    public TicketNotFound(Object idOrNumber) {
        super("Ticket " + idOrNumber);
    }
}
