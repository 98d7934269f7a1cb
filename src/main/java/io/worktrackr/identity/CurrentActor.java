package io.worktrackr.identity;

import io.worktrackr.common.Forbidden;
import io.worktrackr.common.NotFound;
import io.worktrackr.identity.IdentityRepository.MembershipView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to ask who is acting and in which organisation.
 * <ul>
 * <li>An API token acts in the organisation it was created in.</li>
 * <li>A browser session acts in the organisation chosen with {@code PUT /api/me/current-organisation},
 *     else in the user's first (oldest) membership.</li>
 * </ul>
 * Memberships are resolved once per request (kept in the request) and read from the database at most once a
 * second per user and node ({@link IdentityCache}): a changed role or a removed membership takes effect on this
 * node at once and on every other node within a second.
 */
@Component
public class CurrentActor {

    static final String SESSION_ORGANISATION = "worktrackr.organisationId";
    private static final String REQUEST_CACHE = CurrentActor.class.getName();

    private final IdentityRepository repository;
    private final IdentityCache cache;

    CurrentActor(IdentityRepository repository, IdentityCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    public Actor get() {
        HttpServletRequest request = currentRequest();
        if (request != null && request.getAttribute(REQUEST_CACHE) instanceof Actor cached) {
            return cached;
        }
        Actor actor = resolve(authentication(), request);
        if (request != null) {
            request.setAttribute(REQUEST_CACHE, actor);
        }
        return actor;
    }

    /**
     * The actor of a browser session: managing API tokens and joining organisations need a person signed in, so a
     * token that leaked can neither mint further tokens (which would outlive its revocation) nor join elsewhere.
     */
    public Actor inBrowserSession() {
        if (authentication().pinnedOrganisationId() != null) {
            throw new Forbidden(
                    "API tokens and invitations are managed from a signed-in browser session, not with a token.");
        }
        return get();
    }

    /** The signed-in user, whichever organisation they act in. */
    public UUID userId() {
        return authentication().userId();
    }

    /** Makes the session act in another of the user's organisations. */
    public void choose(UUID organisationId) {
        WorktrackrAuthentication auth = authentication();
        if (auth.pinnedOrganisationId() != null) {
            throw new Forbidden("An API token always acts in the organisation it was created in.");
        }
        boolean member = repository.membershipsOf(auth.userId()).stream()
                .anyMatch(m -> m.organisationId().equals(organisationId));
        if (!member) {
            throw new NotFound("Organisation " + organisationId);
        }
        HttpServletRequest request = currentRequest();
        request.getSession().setAttribute(SESSION_ORGANISATION, organisationId);
        request.removeAttribute(REQUEST_CACHE);
    }

    private Actor resolve(WorktrackrAuthentication auth, @Nullable HttpServletRequest request) {
        List<MembershipView> memberships = cache.memberships(auth.userId(), repository::membershipsOf);
        UUID wanted = auth.pinnedOrganisationId() != null ? auth.pinnedOrganisationId() : sessionChoice(request);
        MembershipView membership = memberships.stream()
                .filter(m -> m.organisationId().equals(wanted))
                .findFirst()
                .orElseGet(() ->
                        auth.pinnedOrganisationId() == null && !memberships.isEmpty() ? memberships.get(0) : null);
        if (membership == null) {
            throw new Forbidden("You are not a member of this organisation.");
        }
        return new Actor(auth.userId(), membership.organisationId(), membership.role());
    }

    private static @Nullable UUID sessionChoice(@Nullable HttpServletRequest request) {
        HttpSession session = request == null ? null : request.getSession(false);
        return session == null ? null : (UUID) session.getAttribute(SESSION_ORGANISATION);
    }

    private static WorktrackrAuthentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof WorktrackrAuthentication worktrackr) {
            return worktrackr;
        }
        throw new NotAuthenticated("Sign in first.");
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
