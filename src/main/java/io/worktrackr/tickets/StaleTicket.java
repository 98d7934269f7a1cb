package io.worktrackr.tickets;

import java.util.UUID;

/**
 * The client saw an older version of the ticket than the one stored: someone else changed it meanwhile. Nothing
 * was saved. The web layer answers 409 with the ticket as it is now.
 */
public class StaleTicket extends RuntimeException {

    private final UUID ticketId;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleTicket(UUID ticketId, long number, long expectedVersion, long currentVersion) {
        super("#" + number + " was changed by someone else (you had version " + expectedVersion + ", it is now at "
                + currentVersion + "). Nothing was saved; look at the current ticket and try again.");
        this.ticketId = ticketId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
