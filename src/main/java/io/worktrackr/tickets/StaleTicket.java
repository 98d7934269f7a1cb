package io.worktrackr.tickets;

import io.worktrackr.common.ProblemException;
import java.util.UUID;

/** The client saw an older version of the ticket than the one stored: someone else changed it meanwhile. */
public class StaleTicket extends ProblemException {

    private final UUID ticketId;

    public StaleTicket(UUID ticketId, long number, long expected, long actual) {
        super(
                409,
                "stale-ticket",
                "Ticket changed meanwhile",
                "#" + number + " was changed by someone else (you had version " + expected + ", it is now at " + actual
                        + "). Nothing was saved; look at the current ticket and try again.");
        this.ticketId = ticketId;
    }

    public UUID ticketId() {
        return ticketId;
    }
}
