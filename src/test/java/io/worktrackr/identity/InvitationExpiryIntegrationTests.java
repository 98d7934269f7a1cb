package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An invitation in the app (an address added with {@code POST /api/members}) expires when the invitation link
 * e-mailed to the address does ({@link Invitations#VALIDITY}, issue 12): after that it cannot be accepted (410
 * {@code invitation-expired}), the invitee no longer sees it, a sign-in with the initial password joins nothing, and
 * the admin's directory shows it as {@code expired} — alike whether or not the address had an account — until the
 * admin invites the address again.
 */
class InvitationExpiryIntegrationTests extends IntegrationTest {

    private static final String INITIAL_PASSWORD = "initial-long-password";

    @Test
    void anInvitationInTheAppExpiresWithItsLinkAndAddingTheAddressAgainRenewsIt() {
        clock.freeze(clock.instant().truncatedTo(ChronoUnit.SECONDS)); // instants compared with the stored ones
        Instant addedAt = clock.instant();
        Org elsewhere = fixtures.organisation();
        Org org = fixtures.organisation();
        User invitee = elsewhere.admin;
        proveEmailOf(invitee.id());
        UUID existingId = add(org, invitee.email());
        String fresh = Fixtures.unique("fresh") + "@example.test";
        UUID freshId = add(org, fresh);
        Instant linkExpiry = Instant.parse(
                Json.string(org.admin.api().get("/api/invitations").body().get(0), "$.expiresAt"));
        assertThat(linkExpiry).isEqualTo(addedAt.plus(Invitations.VALIDITY));

        // the last moment of the link: still open everywhere
        clock.advance(Invitations.VALIDITY.minusSeconds(1));
        assertThat(signIn(invitee.email(), Fixtures.PASSWORD).get("/api/me").strings("$.invitations[*].organisationId"))
                .containsExactly(org.id.toString());
        assertThat(statusOf(org, invitee.email()))
                .isEqualTo(statusOf(org, fresh))
                .isEqualTo("invited");

        // the link expires, and the invitation in the app with it
        clock.advance(Duration.ofSeconds(1));
        Api inviteeSession = signIn(invitee.email(), Fixtures.PASSWORD);
        assertThat(inviteeSession.get("/api/me").size("$.invitations"))
                .as("no longer pending for the invitee")
                .isZero();
        Api.Response late = inviteeSession.post("/api/me/invitations/" + org.id + "/accept", Map.of());
        assertThat(late.status()).as(late.toString()).isEqualTo(410);
        assertThat(late.header("Content-Type")).startsWith("application/problem+json");
        assertThat(late.string("$.type")).endsWith("/invitation-expired");
        assertThat(late.string("$.title")).isEqualTo("Invitation expired");
        assertThat(late.string("$.organisationId")).isEqualTo(org.id.toString());
        assertThat(Instant.parse(late.string("$.expiredAt"))).isEqualTo(linkExpiry);
        assertThat(inviteeSession.get("/api/me").size("$.memberships")).isEqualTo(1);
        Api.Response freshSignIn =
                Api.session(port).post("/api/auth/login", Map.of("email", fresh, "password", INITIAL_PASSWORD));
        assertThat(freshSignIn.raw().body())
                .as("a sign-in with the initial password joins nothing any more")
                .doesNotContain(org.id.toString());

        // the admin sees both as expired, alike, and no open invitation
        JsonNode existingRow = directoryRow(org, invitee.email());
        JsonNode freshRow = directoryRow(org, fresh);
        assertThat(Json.string(existingRow, "$.status")).isEqualTo("expired");
        assertThat(existingRow.toString().replace(existingId.toString(), "<id>").replace(invitee.email(), "<email>"))
                .isEqualTo(
                        freshRow.toString().replace(freshId.toString(), "<id>").replace(fresh, "<email>"));
        assertThat(org.admin.api().get("/api/members/directory?status=expired").strings("$.items[*].email"))
                .containsExactlyInAnyOrder(invitee.email(), fresh);
        assertThat(org.admin.api().get("/api/members/directory?status=invited").size("$.items"))
                .isZero();
        assertThat(org.admin.api().get("/api/invitations").size("$")).isZero();
        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + existingId, Map.of("role", "admin"))
                        .status())
                .as("still no role to change")
                .isEqualTo(404);

        // the admin invites both again: open again, for another full validity
        assertThat(add(org, invitee.email())).isEqualTo(existingId);
        assertThat(add(org, fresh)).isEqualTo(freshId);
        assertThat(statusOf(org, invitee.email()))
                .isEqualTo(statusOf(org, fresh))
                .isEqualTo("invited");
        clock.advance(Invitations.VALIDITY.minusSeconds(1));
        Api again = signIn(invitee.email(), Fixtures.PASSWORD);
        assertThat(again.get("/api/me").strings("$.invitations[*].organisationId"))
                .containsExactly(org.id.toString());
        Api.Response accepted = again.post("/api/me/invitations/" + org.id + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        Api.Response joined =
                Api.session(port).post("/api/auth/login", Map.of("email", fresh, "password", INITIAL_PASSWORD));
        assertThat(joined.string("$.currentOrganisation.id")).isEqualTo(org.id.toString());
        assertThat(statusOf(org, invitee.email()))
                .isEqualTo(statusOf(org, fresh))
                .isEqualTo("active");
    }

    @Test
    void aNewLinkForTheAddressRenewsAnExpiredInvitationInTheApp() {
        clock.freeze(clock.instant().truncatedTo(ChronoUnit.SECONDS)); // as stored: whole microseconds
        Org elsewhere = fixtures.organisation();
        Org org = fixtures.organisation();
        User invitee = elsewhere.admin;
        proveEmailOf(invitee.id());
        add(org, invitee.email());
        clock.advance(Invitations.VALIDITY.plusMinutes(1));
        assertThat(statusOf(org, invitee.email())).isEqualTo("expired");

        // the web app's "Invite": a link shown to the admin (and e-mailed); the invitation in the app follows it
        Api.Response link = org.admin.api().post("/api/invitations", Map.of("email", invitee.email(), "role", "admin"));
        assertThat(link.status()).as(link.toString()).isEqualTo(201);

        assertThat(statusOf(org, invitee.email())).isEqualTo("invited");
        Api session = signIn(invitee.email(), Fixtures.PASSWORD);
        assertThat(session.get("/api/me").strings("$.invitations[*].role")).containsExactly("admin");
        clock.advance(Invitations.VALIDITY);
        assertThat(statusOf(org, invitee.email())).isEqualTo("expired");
        Api.Response late =
                signIn(invitee.email(), Fixtures.PASSWORD).post("/api/me/invitations/" + org.id + "/accept", Map.of());
        assertThat(late.status()).as(late.toString()).isEqualTo(410);
    }

    @Test
    void theAdminWithdrawsAnExpiredInvitationAsAnOpenOneTheInvitationEndsAndTheRowLeavesTheDirectory() {
        clock.freeze(clock.instant().truncatedTo(ChronoUnit.SECONDS)); // as stored: whole microseconds
        Org elsewhere = fixtures.organisation();
        Org org = fixtures.organisation();
        User invitee = elsewhere.admin;
        proveEmailOf(invitee.id());
        UUID existingId = add(org, invitee.email());
        String fresh = Fixtures.unique("fresh") + "@example.test";
        UUID freshId = add(org, fresh);
        String untouched = Fixtures.unique("untouched") + "@example.test";
        add(org, untouched);
        clock.advance(Invitations.VALIDITY.plusMinutes(1));
        UUID stillOpenId = add(org, Fixtures.unique("still-open") + "@example.test");
        assertThat(statusOf(org, invitee.email())).isEqualTo("expired");
        assertThat(statusOf(org, fresh)).isEqualTo("expired");
        Api agent = org.member("Agent", "agent").api();
        assertThat(agent.delete("/api/members/" + existingId + "/invitation").status())
                .as("admins only")
                .isEqualTo(403);

        for (UUID expired : new UUID[] {existingId, freshId}) {
            Api.Response withdrawn = org.admin.api().delete("/api/members/" + expired + "/invitation");
            assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        }

        // gone from the directory, as a withdrawn open invitation is; nothing left to accept or to join at sign-in
        assertThat(org.admin.api().get("/api/members/directory").raw().body())
                .doesNotContain(invitee.email())
                .doesNotContain(fresh);
        assertThat(org.admin.api().get("/api/members/directory?status=expired").strings("$.items[*].email"))
                .as("only the one not withdrawn")
                .containsExactly(untouched);
        Api.Response late =
                signIn(invitee.email(), Fixtures.PASSWORD).post("/api/me/invitations/" + org.id + "/accept", Map.of());
        assertThat(late.status()).as("withdrawn, not expired: " + late).isEqualTo(404);
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", fresh, "password", INITIAL_PASSWORD))
                        .raw()
                        .body())
                .doesNotContain(org.id.toString());
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM invitations
                        WHERE organisation_id = :org AND email IN (:emails) AND revoked_at IS NULL""")
                        .param("org", org.id)
                        .param("emails", java.util.List.of(invitee.email(), fresh))
                        .query(Long.class)
                        .single())
                .as("their links are revoked too")
                .isZero();
        // the audit trail records it as it records withdrawing an open invitation
        Api.Response audit = org.admin.api().get("/api/audit");
        assertThat(audit.strings("$.items[?(@.action == 'invitation.revoked')].details.userId"))
                .containsExactlyInAnyOrder(existingId.toString(), freshId.toString());
        assertThat(audit.strings("$.items[?(@.action == 'invitation.revoked')].summary"))
                .containsExactlyInAnyOrder(
                        "Revoked the invitation of " + invitee.email(), "Revoked the invitation of " + fresh);
        // an open one is withdrawn the same way, its link too; nobody else is: a second time, members, strangers
        assertThat(org.admin
                        .api()
                        .delete("/api/members/" + stillOpenId + "/invitation")
                        .status())
                .isEqualTo(204);
        assertThat(org.admin.api().get("/api/invitations").strings("$[*].email"))
                .as("the still open one's link is withdrawn with it; the expired one of before is not listed")
                .isEmpty();
        assertThat(org.admin
                        .api()
                        .delete("/api/members/" + freshId + "/invitation")
                        .status())
                .isEqualTo(404);
        assertThat(org.admin
                        .api()
                        .delete("/api/members/" + org.admin.id() + "/invitation")
                        .status())
                .isEqualTo(404);
        assertThat(org.admin
                        .api()
                        .delete("/api/members/" + UUID.randomUUID() + "/invitation")
                        .status())
                .isEqualTo(404);
        assertThat(statusOf(org, untouched)).isEqualTo("expired");
        // withdrawn, the address can be added again
        assertThat(add(org, invitee.email())).isEqualTo(existingId);
        assertThat(statusOf(org, invitee.email())).isEqualTo("invited");
    }

    // -----------------------------------------------------------------------------------------------

    private static UUID add(Org org, String email) {
        Api.Response response = org.admin
                .api()
                .post(
                        "/api/members",
                        Map.of("email", email, "name", "Guess", "role", "agent", "password", INITIAL_PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.uuid("$.id");
    }

    /** A fresh browser session (whatever the session store makes of a clock moved by days). */
    private Api signIn(String email, String password) {
        Api session = Api.session(port);
        Api.Response login = session.post("/api/auth/login", Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return session;
    }

    private static String statusOf(Org org, String email) {
        return Json.string(directoryRow(org, email), "$.status");
    }

    private static JsonNode directoryRow(Org org, String email) {
        Api.Response page =
                org.admin.api().get("/api/members/directory?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.size("$.items")).as(email).isEqualTo(1);
        return page.body().get("items").get(0);
    }
}
