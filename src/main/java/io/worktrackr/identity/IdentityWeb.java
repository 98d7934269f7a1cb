package io.worktrackr.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The wire records of the identity API. */
final class IdentityWeb {

    /** Names are one line of visible text: no control characters (PostgreSQL refuses NUL, H2 would store it). */
    static final String NO_CONTROL = "[^\\p{Cntrl}]*";

    static final String CONTROL_MESSAGE = "must not contain control characters";

    private IdentityWeb() {}

    record MeResponse(
            Person user,
            List<MembershipResponse> memberships,
            CurrentOrganisation currentOrganisation,
            List<MembershipResponse> invitations) {}

    record MembershipResponse(UUID organisationId, String organisationName, String role) {}

    record CurrentOrganisation(UUID id, String name, String role) {}

    record MemberResponse(UUID id, String name, String email, String role) {

        static MemberResponse of(Member member) {
            return new MemberResponse(
                    member.id(), member.name(), member.email(), member.role().code());
        }
    }

    record TokenResponse(
            UUID id,
            String name,
            Instant createdAt,
            @Nullable Instant lastUsedAt) {}
}
