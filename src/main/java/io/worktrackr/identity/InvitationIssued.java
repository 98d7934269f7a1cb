package io.worktrackr.identity;

import java.util.UUID;

/**
 * An admin invited someone by link. Published in the issuing transaction (so after-commit listeners, such as the
 * notifications' invitation e-mail, run only for invitations that exist). It never carries the token: the link
 * is shown once to the admin; a mailer asks for a fresh link through its own use case.
 */
public record InvitationIssued(UUID organisationId, UUID invitationId, String email) {}
