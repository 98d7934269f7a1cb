package io.worktrackr.identity;

import java.util.UUID;

/** A user as others see them: enough to show and to pick. */
public record Person(UUID id, String name, String email) {}
