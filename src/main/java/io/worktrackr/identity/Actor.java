package io.worktrackr.identity;

import io.worktrackr.common.Forbidden;
import java.util.UUID;

/** Who is acting, in which organisation, with which role. Every use case starts from one. */
public record Actor(UUID userId, UUID organisationId, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new Forbidden("Only an admin of this organisation may do this.");
        }
    }
}
