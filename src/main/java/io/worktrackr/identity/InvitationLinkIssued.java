package io.worktrackr.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin invited an address: the link to e-mail to it. Published in the issuing transaction next to {@link
 * InvitationIssued} (which carries no secret and may be consumed after commit). <strong>Carries the secret
 * token</strong>: consume it only with a synchronous {@code @EventListener} in the same transaction (never
 * {@code @ApplicationModuleListener} or any after-commit listener: Spring Modulith's event publication registry
 * would store the token in the database), and never log it.
 *
 * @param token the link's secret; the link is {@code <base-url>/invitations/accept#token=<token>}
 */
public record InvitationLinkIssued(
        UUID organisationId,
        UUID invitationId,
        String email,
        String organisationName,
        String invitedByName,
        Role role,
        String token,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "InvitationLinkIssued[organisationId=" + organisationId + ", invitationId=" + invitationId
                + ", expiresAt=" + expiresAt + "]";
    }
}
