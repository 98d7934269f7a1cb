package io.worktrackr.identity;

import java.io.Serial;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The authenticated user. A personal API token is pinned to the organisation it was created in; a browser
 * session is not pinned (its organisation is a session setting, see {@link CurrentActor}).
 * Kept serialisable and small because it is stored in the database-backed session.
 */
public final class WorktrackrAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final @Nullable UUID pinnedOrganisationId;

    public WorktrackrAuthentication(UUID userId, @Nullable UUID pinnedOrganisationId) {
        super(List.of());
        this.userId = userId;
        this.pinnedOrganisationId = pinnedOrganisationId;
        setAuthenticated(true);
    }

    public UUID userId() {
        return userId;
    }

    public @Nullable UUID pinnedOrganisationId() {
        return pinnedOrganisationId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return userId.toString();
    }
}
