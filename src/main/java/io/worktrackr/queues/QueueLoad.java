package io.worktrackr.queues;

import java.util.Map;
import java.util.UUID;

/**
 * How many active tickets each queue holds. Implemented by the tickets module (which owns the definition of
 * "active"), so that queues need not depend on tickets.
 */
public interface QueueLoad {

    Map<UUID, Long> activeTicketsPerQueue(UUID organisationId);
}
