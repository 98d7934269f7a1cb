package io.worktrackr.identity;

import java.util.UUID;

/**
 * Somebody signed up with an address that has an account. The answer to the sign-up was the same as for a new
 * address (nobody learns which addresses have accounts); this tells the address's owner instead. Carries no secret.
 */
public record SignUpWithTakenAddress(UUID userId, String email, String name) {}
