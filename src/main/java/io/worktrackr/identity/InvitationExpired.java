package io.worktrackr.identity;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invitation in the app outlived its e-mailed link ({@link Invitations#VALIDITY}): 410 {@code invitation-expired},
 * with the organisation and when it expired. Only the invitee learns it; an admin can invite the address again.
 */
public final class InvitationExpired extends ProblemException {

    InvitationExpired(UUID organisationId, @Nullable Instant expiredAt) {
        super(
                ProblemType.INVITATION_EXPIRED,
                "This invitation has expired. Ask an admin of the organisation to invite you again.");
        with("organisationId", organisationId);
        if (expiredAt != null) {
            with("expiredAt", expiredAt.toString());
        }
    }
}
