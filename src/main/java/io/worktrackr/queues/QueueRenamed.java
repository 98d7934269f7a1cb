package io.worktrackr.queues;

import java.util.UUID;

/** An admin renamed a queue (lists sorted by queue re-key its tickets). */
public record QueueRenamed(UUID organisationId, UUID queueId, String name) {}
