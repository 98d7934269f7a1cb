package io.worktrackr.identity;

import java.util.UUID;

/**
 * A person's e-mail address changed, after the link sent to the new address was used. The old address is told (a
 * change the owner did not make is then noticed). Carries no secret.
 */
public record EmailChanged(UUID userId, String name, String oldEmail, String newEmail) {}
