package io.worktrackr.queues;

import java.util.UUID;

/** A team queue of one organisation. */
public record Queue(UUID id, UUID organisationId, String name, boolean isDefault, boolean archived) {}
