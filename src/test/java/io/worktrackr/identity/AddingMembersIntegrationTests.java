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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Adding a member answers and looks the same whether or not the address had an account (issue 12 §5, account
 * enumeration): the answer, the directory, the open invitations, the audit trail and every follow-up call an admin
 * could try are compared for an address with an account and one without (ids and the address itself aside). Both
 * stay invitations until the person joins; withdrawing one ends it everywhere, in the app too.
 */
class AddingMembersIntegrationTests extends IntegrationTest {

    private static final String INITIAL_PASSWORD = "initial-long-password";

    @Test
    void addingAMemberAnswersAndLooksTheSameWhetherOrNotTheAddressHadAnAccount() {
        clock.freeze(); // the two invitations' instants are compared too
        Org elsewhere = fixtures.organisation();
        Org org = fixtures.organisation();
        Added existing = add(org, elsewhere.admin.email());
        Added fresh = add(org, Fixtures.unique("fresh") + "@example.test");

        // the answer
        assertThat(existing.response.status())
                .isEqualTo(fresh.response.status())
                .isEqualTo(201);
        assertThat(existing.alike(existing.response.raw().body()))
                .isEqualTo(fresh.alike(fresh.response.raw().body()))
                .contains("\"name\":\"Guess\"");
        assertThat(existing.alike(existing.response.header("Location")))
                .isEqualTo(fresh.alike(fresh.response.header("Location")))
                .isEqualTo("/api/members/<id>");

        // the directory: both invited, shown by the address, never seen
        JsonNode existingRow = directoryRow(org, existing.email);
        JsonNode freshRow = directoryRow(org, fresh.email);
        assertThat(existing.alike(existingRow.toString())).isEqualTo(fresh.alike(freshRow.toString()));
        assertThat(Json.string(freshRow, "$.status")).isEqualTo("invited");
        assertThat(Json.string(freshRow, "$.name")).isEqualTo(fresh.email);
        assertThat(freshRow.get("lastSeenAt").isNull()).isTrue();
        assertThat(org.admin.api().get("/api/members/directory?status=invited").strings("$.items[*].email"))
                .containsExactlyInAnyOrder(existing.email, fresh.email);
        assertThat(org.admin.api().get("/api/members/directory?status=active").strings("$.items[*].email"))
                .containsExactly(org.admin.email());

        // neither is a member yet: not listed, not assignable, no role or status to change
        assertThat(org.admin.api().get("/api/members").raw().body()).doesNotContain(existing.email, fresh.email);
        for (Map<String, String> change : List.of(Map.of("role", "admin"), Map.of("status", "deactivated"))) {
            Api.Response a = org.admin.api().patch("/api/members/" + existing.id, change);
            Api.Response b = org.admin.api().patch("/api/members/" + fresh.id, change);
            assertThat(a.status()).as(change.toString()).isEqualTo(b.status()).isEqualTo(404);
            assertThat(existing.alike(problem(a))).isEqualTo(fresh.alike(problem(b)));
        }
        Api.Response assignExisting =
                org.admin.api().post("/api/tickets", Map.of("title", "For them", "assigneeId", existing.id.toString()));
        Api.Response assignFresh =
                org.admin.api().post("/api/tickets", Map.of("title", "For them", "assigneeId", fresh.id.toString()));
        assertThat(assignExisting.status()).isEqualTo(assignFresh.status()).isEqualTo(422);
        assertThat(existing.alike(problem(assignExisting))).isEqualTo(fresh.alike(problem(assignFresh)));

        // the open invitations: one each, alike, and each can be withdrawn
        JsonNode invitations = org.admin.api().get("/api/invitations").body();
        assertThat(invitations).hasSize(2);
        assertThat(existing.alike(invitationOf(invitations, existing.email)))
                .isEqualTo(fresh.alike(invitationOf(invitations, fresh.email)));

        // the audit trail says the same of both
        assertThat(existing.alike(auditOf(org, existing.email).toString()))
                .isEqualTo(fresh.alike(auditOf(org, fresh.email).toString()))
                .contains("member.invited", "invitation.issued");

        // adding either again: the same 409
        Api.Response againExisting = add(org, existing.email).response;
        Api.Response againFresh = add(org, fresh.email).response;
        assertThat(againExisting.status()).isEqualTo(againFresh.status()).isEqualTo(409);
        assertThat(existing.alike(problem(againExisting))).isEqualTo(fresh.alike(problem(againFresh)));
    }

    @Test
    void addingMembersIsRateLimitedAlikeForBothKindsOfAddress() {
        clock.freeze(); // the same retryAfterSeconds for both
        Org elsewhere = fixtures.organisation();
        Org org = fixtures.organisation();
        assertThat(add(org, Fixtures.unique("first") + "@example.test").response.status())
                .isEqualTo(201);
        // the organisation has used up its hour (the limit is raised for tests, as they all add many members)
        jdbc.sql("UPDATE password_reset_throttle SET requests = 1000000 WHERE throttle_key = :key")
                .param("key", "member-add:" + org.id)
                .update();

        Api.Response existing = add(org, elsewhere.admin.email()).response;
        String freshEmail = Fixtures.unique("fresh") + "@example.test";
        Api.Response fresh = add(org, freshEmail).response;

        assertThat(existing.status()).isEqualTo(fresh.status()).isEqualTo(429);
        assertThat(existing.string("$.type")).endsWith("/too-many-requests");
        assertThat(problem(existing)).isEqualTo(problem(fresh));
        assertThat(existing.number("$.retryAfterSeconds")).isEqualTo(fresh.number("$.retryAfterSeconds"));
        assertThat(org.admin.api().get("/api/members/directory").raw().body())
                .doesNotContain(elsewhere.admin.email(), freshEmail);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :email")
                        .param("email", freshEmail)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAdminSeesWhoJoinedANewAccountJoinsAtItsFirstSignInAnExistingOneByAccepting() {
        Org elsewhere = fixtures.organisation();
        Org org = fixtures.organisation();
        User someone = elsewhere.admin;
        proveEmailOf(someone.id());
        Added existing = add(org, someone.email());
        Added fresh = add(org, Fixtures.unique("fresh") + "@example.test");

        Api newcomer = Api.session(port);
        Api.Response signedIn =
                newcomer.post("/api/auth/login", Map.of("email", fresh.email, "password", INITIAL_PASSWORD));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.string("$.currentOrganisation.id")).isEqualTo(org.id.toString());
        assertThat(newcomer.get("/api/tickets").status()).isEqualTo(200);
        Api.Response accepted = someone.session().post("/api/me/invitations/" + org.id + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        JsonNode freshRow = directoryRow(org, fresh.email);
        assertThat(Json.string(freshRow, "$.status")).isEqualTo("active");
        assertThat(Json.string(freshRow, "$.name")).isEqualTo("Guess");
        assertThat(freshRow.get("lastSeenAt").isNull()).isFalse();
        assertThat(Json.string(directoryRow(org, existing.email), "$.status")).isEqualTo("active");
        assertThat(org.admin.api().get("/api/members").raw().body()).contains(existing.email, fresh.email);
        assertThat(org.admin.api().get("/api/invitations").size("$"))
                .as("joined: no longer open")
                .isZero();
        assertThat(org.admin.api().get("/api/audit").strings("$.items[?(@.action == 'member.joined')].details.userId"))
                .containsExactlyInAnyOrder(existing.id.toString(), fresh.id.toString());
        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + fresh.id, Map.of("role", "admin"))
                        .status())
                .isEqualTo(200);

        // a second sign-in joins nothing more and changes nothing
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", fresh.email, "password", INITIAL_PASSWORD))
                        .string("$.currentOrganisation.role"))
                .isEqualTo("admin");
    }

    @Test
    void anAccountThatAlreadyExistedDoesNotJoinBySigningInNorOpensWithTheAdminsPassword() {
        // the pre-hijacking set-up: an outsider signed up with an address that is not theirs (never proven)
        String carol = Fixtures.unique("carol") + "@victimcorp.test";
        assertThat(Api.session(port)
                        .post(
                                "/api/signup",
                                Map.of(
                                        "organisationName",
                                        "Outsider Ltd",
                                        "name",
                                        "Not Carol",
                                        "email",
                                        carol,
                                        "password",
                                        "outsiders-password"))
                        .status())
                .isEqualTo(202);
        Org victimcorp = fixtures.organisation();
        Added added = add(victimcorp, carol);
        assertThat(added.response.status()).isEqualTo(201);

        Api outsider = Api.session(port);
        Api.Response signedIn =
                outsider.post("/api/auth/login", Map.of("email", carol, "password", "outsiders-password"));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.size("$.memberships")).isEqualTo(1);
        assertThat(signedIn.string("$.invitations[0].organisationId")).isEqualTo(victimcorp.id.toString());
        assertThat(Json.string(directoryRow(victimcorp, carol), "$.status")).isEqualTo("invited");
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", carol, "password", INITIAL_PASSWORD))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void withdrawingTheInvitationOfAnExistingAccountEndsItInTheAppAndByLink() {
        Org elsewhere = fixtures.organisation();
        Org org = fixtures.organisation();
        User invitee = elsewhere.admin;
        proveEmailOf(invitee.id());
        add(org, invitee.email());
        // the admin sends a fresh link too (it replaces the e-mailed one)
        Api.Response link = org.admin.api().post("/api/invitations", Map.of("email", invitee.email(), "role", "agent"));
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String token =
                link.string("$.acceptUrl").substring(link.string("$.acceptUrl").indexOf("#token=") + 7);
        assertThat(invitee.session().get("/api/me").size("$.invitations")).isEqualTo(1);
        JsonNode open = org.admin.api().get("/api/invitations").body();
        assertThat(open).hasSize(1);

        assertThat(org.admin
                        .api()
                        .delete("/api/invitations/" + Json.string(open.get(0), "$.id"))
                        .status())
                .isEqualTo(204);

        Api.Response me = invitee.session().get("/api/me");
        assertThat(me.size("$.invitations")).as("gone from the invitee's list").isZero();
        Api.Response inApp = invitee.session().post("/api/me/invitations/" + org.id + "/accept", Map.of());
        assertThat(inApp.status()).as(inApp.toString()).isEqualTo(404);
        Api.Response byLink = invitee.session().post("/api/invitations/accept", Map.of("token", token));
        assertThat(byLink.status()).as(byLink.toString()).isEqualTo(404);
        assertThat(invitee.session().get("/api/me").size("$.memberships")).isEqualTo(1);
        assertThat(org.admin.api().get("/api/members/directory").raw().body()).doesNotContain(invitee.email());
        assertThat(org.admin.api().get("/api/members").raw().body()).doesNotContain(invitee.email());
        assertThat(org.admin.api().get("/api/invitations").size("$")).isZero();
        // withdrawn, it can be added again
        assertThat(add(org, invitee.email()).response.status()).isEqualTo(201);
        assertThat(invitee.session().get("/api/me").size("$.invitations")).isEqualTo(1);
    }

    @Test
    void withdrawingTheInvitationOfANewAccountMeansItsSignInJoinsNothing() {
        Org org = fixtures.organisation();
        Added fresh = add(org, Fixtures.unique("fresh") + "@example.test");
        JsonNode open = org.admin.api().get("/api/invitations").body();
        assertThat(open).hasSize(1);

        assertThat(org.admin
                        .api()
                        .delete("/api/invitations/" + Json.string(open.get(0), "$.id"))
                        .status())
                .isEqualTo(204);
        Api.Response signedIn =
                Api.session(port).post("/api/auth/login", Map.of("email", fresh.email, "password", INITIAL_PASSWORD));

        assertThat(signedIn.raw().body()).doesNotContain(org.id.toString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :user")
                        .param("user", fresh.id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(org.admin.api().get("/api/members/directory").raw().body()).doesNotContain(fresh.email);
        assertThat(org.admin.api().get("/api/members").raw().body()).doesNotContain(fresh.email);
    }

    // -----------------------------------------------------------------------------------------------

    /** What an admin saw of one addition; {@link #alike} hides what must differ (the id, the address). */
    private record Added(Api.Response response, UUID id, String email) {

        String alike(String text) {
            return text.replace(id.toString(), "<id>").replace(email, "<email>");
        }
    }

    private static Added add(Org org, String email) {
        Api.Response response = org.admin
                .api()
                .post(
                        "/api/members",
                        Map.of("email", email, "name", "Guess", "role", "agent", "password", INITIAL_PASSWORD));
        UUID id = response.status() == 201 ? response.uuid("$.id") : UUID.randomUUID();
        return new Added(response, id, email);
    }

    /**
     * The e-mailed link's page tells a person whose account the invitation made (they never signed up) just that,
     * and somebody whose address an unconfirmed account holds that; a link the admin was shown tells the admin
     * nothing of the kind (else it would tell them whether the address had an account before they added it).
     */
    @Test
    void theEmailedLinksPreviewSaysWhetherThisInvitationMadeTheAccount() {
        Org elsewhere = fixtures.organisation(); // its admin's address is unconfirmed (no e-mail here)
        Org org = fixtures.organisation();
        Added existing = add(org, elsewhere.admin.email());
        Added fresh = add(org, Fixtures.unique("fresh") + "@example.test");

        Api.Response made = preview(emailedToken(org, fresh.email));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.bool("$.accountExists")).isFalse();
        assertThat(made.bool("$.unconfirmedAccount")).isTrue();
        assertThat(made.bool("$.accountMadeByInvitation")).isTrue();
        Api.Response unconfirmed = preview(emailedToken(org, existing.email));
        assertThat(unconfirmed.bool("$.unconfirmedAccount")).isTrue();
        assertThat(unconfirmed.bool("$.accountMadeByInvitation")).isFalse();

        // another organisation adding the address did not make its account
        Org other = fixtures.organisation();
        assertThat(add(other, fresh.email).response.status()).isEqualTo(201);
        assertThat(preview(emailedToken(other, fresh.email)).bool("$.accountMadeByInvitation"))
                .isFalse();
        // the admin's own link for the address: sign in first, alike for both; nothing about who made the account
        for (Added added : List.of(fresh, existing)) {
            Api.Response link = org.admin.api().post("/api/invitations", Map.of("email", added.email, "role", "agent"));
            Api.Response shown = preview(link.string("$.acceptUrl").replaceFirst(".*#token=", ""));
            assertThat(shown.bool("$.accountExists")).as(added.email).isTrue();
            assertThat(shown.bool("$.accountMadeByInvitation")).as(added.email).isFalse();
        }
    }

    private Api.Response preview(String token) {
        return Api.session(port).post("/api/invitations/preview", Map.of("token", token));
    }

    /** The token of the invitation link e-mailed to the address (waiting in the outbox: no SMTP here). */
    private String emailedToken(Org org, String email) {
        String body = jdbc.sql("""
                        SELECT body_text FROM notification_emails
                        WHERE organisation_id = :org AND to_address = :email AND purpose = 'invitation'""")
                .param("org", org.id)
                .param("email", email)
                .query(String.class)
                .single();
        var matcher = java.util.regex.Pattern.compile("#token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private static JsonNode directoryRow(Org org, String email) {
        Api.Response page =
                org.admin.api().get("/api/members/directory?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.size("$.items")).as(email).isEqualTo(1);
        return page.body().get("items").get(0);
    }

    /** A problem's status, type and detail (what a client could tell apart). */
    private static String problem(Api.Response response) {
        return response.status() + " " + response.string("$.type") + " " + response.string("$.detail");
    }

    private static String invitationOf(JsonNode invitations, String email) {
        for (JsonNode invitation : invitations) {
            if (Json.string(invitation, "$.email").equals(email)) {
                return invitation.toString().replace(Json.string(invitation, "$.id"), "<invitation>");
            }
        }
        throw new AssertionError("no open invitation for " + email);
    }

    private static List<String> auditOf(Org org, String email) {
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : org.admin.api().get("/api/audit?limit=200").body().get("items")) {
            if (entry.toString().contains(email)) {
                entries.add(Json.string(entry, "$.action") + ": " + Json.string(entry, "$.summary"));
            }
        }
        return entries;
    }
}
