package io.worktrackr.identity;

import java.util.List;
import java.util.UUID;

/**
 * The owner of an address proved it and took over the account that had been made with it without proof (see
 * {@code AccountTakeover}): whatever the other modules keep for the person (settings, preferences) was chosen by
 * whoever had the account before and must not carry over. {@code organisationsLeft}: the memberships that ended.
 * Carries no secret.
 */
public record AccountTakenOver(UUID userId, List<UUID> organisationsLeft) {}
