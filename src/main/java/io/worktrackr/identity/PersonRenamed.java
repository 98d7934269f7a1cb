package io.worktrackr.identity;

import java.util.UUID;

/** A person changed the name others see (lists sorted by assignee re-key their tickets). */
public record PersonRenamed(UUID userId, String name) {}
