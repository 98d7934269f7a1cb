package io.worktrackr.identity.web;

import io.worktrackr.identity.MeService;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.Person;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The wire records of the identity API. */
final class IdentityWeb {

    private IdentityWeb() {}

    record MeResponse(
            Person user,
            List<MembershipResponse> memberships,
            CurrentOrganisation currentOrganisation,
            List<MembershipResponse> invitations,

            @io.swagger.v3.oas.annotations.media.Schema(description = "IANA time zone, e.g. Europe/Berlin")
            String timeZone,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "avatar initials colour `#rrggbb`; null: chosen by the app")
            @Nullable String colour,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "whether the e-mail address was proven by a link sent to it; joining another"
                            + " organisation in the app needs it")
            boolean emailVerified,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "the address one asked to move to, while its confirmation link is open")
            @Nullable String pendingEmail) {

        static MeResponse of(MeService.Me me) {
            return new MeResponse(
                    me.user(),
                    me.memberships().stream().map(MembershipResponse::of).toList(),
                    new CurrentOrganisation(
                            me.current().organisationId(),
                            me.current().organisationName(),
                            me.current().role().code()),
                    me.invitations().stream().map(MembershipResponse::of).toList(),
                    me.timeZone(),
                    me.colour(),
                    me.emailVerified(),
                    me.pendingEmail());
        }
    }

    record MembershipResponse(UUID organisationId, String organisationName, String role) {

        static MembershipResponse of(MeService.Membership m) {
            return new MembershipResponse(
                    m.organisationId(), m.organisationName(), m.role().code());
        }
    }

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
