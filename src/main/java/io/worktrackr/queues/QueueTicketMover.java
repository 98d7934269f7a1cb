package io.worktrackr.queues;

import io.worktrackr.identity.Actor;
import java.util.UUID;

/**
 * Moves a queue's active tickets elsewhere before it is archived. Implemented by the tickets module, which owns
 * the tickets (their writes go through its repository, so counts and the activity log stay right), so that
 * queues need not depend on tickets.
 */
public interface QueueTicketMover {

    /** How many active tickets the queue holds now (read from the tickets themselves). */
    long activeTickets(UUID organisationId, UUID queueId);

    /** Moves every active ticket of {@code fromQueueId} to {@code toQueueId} as {@code actor}, in the caller's transaction. */
    int moveActiveTickets(Actor actor, UUID fromQueueId, UUID toQueueId);
}
