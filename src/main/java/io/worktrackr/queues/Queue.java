package io.worktrackr.queues;

import java.util.UUID;

/** A team queue of one organisation; {@code position} orders the sidebar. */
public record Queue(UUID id, UUID organisationId, String name, boolean isDefault, boolean archived, int position) {}
