package io.worktrackr.identity;

import java.util.UUID;

/**
 * Published inside the sign-up transaction, so that modules that give a new organisation its defaults
 * (queues) do so all-or-nothing with the organisation itself.
 */
public record OrganisationCreated(UUID organisationId, String name) {}
