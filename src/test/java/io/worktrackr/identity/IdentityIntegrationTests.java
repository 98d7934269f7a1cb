package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IdentityIntegrationTests extends IntegrationTest {

    @Test
    void signUpCreatesTheOrganisationItsDefaultQueuesAndItsFirstAdminWhoThenSignsIn() {
        Api browser = Api.session(port);
        String email = Fixtures.unique("founder") + "@example.test";

        Api.Response signedUp = browser.post(
                "/api/signup",
                Map.of(
                        "organisationName",
                        "Acme Support",
                        "name",
                        "Fran Founder",
                        "email",
                        email.toUpperCase(),
                        "password",
                        "long-enough-password"));

        assertThat(signedUp.status()).isEqualTo(202);
        assertThat(browser.get("/api/me").status())
                .as("sign-up starts no session")
                .isEqualTo(401);
        signedUp = browser.post("/api/auth/login", Map.of("email", email, "password", "long-enough-password"));
        assertThat(signedUp.status()).isEqualTo(200);
        assertThat(signedUp.string("$.currentOrganisation.role")).isEqualTo("admin");
        assertThat(signedUp.string("$.user.email")).isEqualTo(email);
        JsonNode queues = browser.get("/api/queues").body();
        List<String> names = new ArrayList<>();
        queues.forEach(
                q -> names.add(Json.string(q, "$.name") + (q.get("isDefault").booleanValue() ? "*" : "")));
        assertThat(names).containsExactlyInAnyOrder("General*", "Level 1 Support", "Billing");
    }

    @Test
    void signUpWithAnInvalidPasswordCreatesNothing() {
        String name = Fixtures.unique("Half made");
        Api.Response refused = Api.session(port)
                .post(
                        "/api/signup",
                        Map.of(
                                "organisationName",
                                name,
                                "name",
                                "X",
                                "email",
                                Fixtures.unique("x") + "@example.test",
                                "password",
                                "short"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.string("$.errors[0].field")).isEqualTo("password");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisations WHERE name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmailCanOnlyRegisterOnceWhateverItsCaseAndTheAnswerSaysNothingAboutIt() {
        Org org = fixtures.organisation();
        Api.Response fresh = Api.session(port)
                .post(
                        "/api/signup",
                        Map.of(
                                "organisationName",
                                "Copycat",
                                "name",
                                "Copy",
                                "email",
                                Fixtures.unique("fresh") + "@example.test",
                                "password",
                                "long-enough-password"));

        Api.Response again = Api.session(port)
                .post(
                        "/api/signup",
                        Map.of(
                                "organisationName",
                                "Copycat",
                                "name",
                                "Copy",
                                "email",
                                org.admin.email().toUpperCase(),
                                "password",
                                "long-enough-password"));

        assertThat(again.status())
                .as("answered alike (the owner is told by e-mail)")
                .isEqualTo(202);
        assertThat(again.body()).isEqualTo(fresh.body());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :email")
                        .param("email", org.admin.email())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", org.admin.email(), "password", "long-enough-password"))
                        .status())
                .as("the copycat's password opens nothing")
                .isEqualTo(401);
    }

    @Test
    void signInIsCaseInsensitiveAndWrongPasswordsAnswer401() {
        Org org = fixtures.organisation();

        Api.Response wrong = Api.session(port)
                .post("/api/auth/login", Map.of("email", org.admin.email(), "password", "not-the-password"));
        Api.Response unknown = Api.session(port)
                .post(
                        "/api/auth/login",
                        Map.of(
                                "email",
                                "nobody-" + UUID.randomUUID() + "@example.test",
                                "password",
                                "whatever-password"));
        Api.Response right = Api.session(port)
                .post(
                        "/api/auth/login",
                        Map.of("email", org.admin.email().toUpperCase(), "password", Fixtures.PASSWORD));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.string("$.detail")).isEqualTo(wrong.string("$.detail"));
        assertThat(right.status()).isEqualTo(200);
    }

    private Api.Response signIn(String email, String password) {
        return Api.session(port).post("/api/auth/login", Map.of("email", email, "password", password));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSignOutEndsTheSession() {
        Org org = fixtures.organisation();
        Api browser = Api.session(port);
        Api.Response login =
                browser.post("/api/auth/login", Map.of("email", org.admin.email(), "password", Fixtures.PASSWORD));
        assertThat(login.raw().headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("SESSION=") && c.contains("HttpOnly"));
        assertThat(browser.get("/api/me").status()).isEqualTo(200);

        assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);

        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void cookieSessionsNeedTheCsrfHeaderForChanges() {
        Org org = fixtures.organisation();
        Api browser = Api.session(port);
        browser.post("/api/auth/login", Map.of("email", org.admin.email(), "password", Fixtures.PASSWORD));

        Api.Response forged = browser.withoutCsrfHeader().post("/api/tickets", Map.of("title", "Forged"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.string("$.title")).contains("CSRF");
        assertThat(org.admin.api().get("/api/tickets").size("$.items")).isZero();
    }

    @Test
    void aCsrfTokenPlantedAsACookieIsWorthlessTokensAreBoundToTheSession() {
        Org org = fixtures.organisation();
        Api attacker = fixtures.organisation().admin.session();
        attacker.get("/api/auth/csrf");
        String attackersValidToken = attacker.csrfToken();
        Api victim = org.admin.session();

        Api.Response planted = victim.plantCookie("XSRF-TOKEN", attackersValidToken)
                .post("/api/tickets", Map.of("title", "Forged with the attacker's token"));
        assertThat(planted.status()).as(planted.toString()).isEqualTo(403);
        assertThat(planted.string("$.type")).endsWith("/csrf");
        Api.Response madeUp = victim.plantCookie("XSRF-TOKEN", "made-up.value")
                .post("/api/tickets", Map.of("title", "Forged with a made-up token"));
        assertThat(madeUp.status()).isEqualTo(403);
        assertThat(org.admin.api().get("/api/tickets").size("$.items")).isZero();

        // a token the server makes for the victim's own session works (what the web app fetches after a refusal)
        victim.forgetCookie("XSRF-TOKEN").get("/api/auth/csrf");
        Api.Response own = victim.post("/api/tickets", Map.of("title", "Mine"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
    }

    @Test
    void unauthenticatedCallsAnswer401() {
        Api anonymous = Api.session(port);
        for (String path : List.of("/api/me", "/api/tickets", "/api/tickets/counts", "/api/queues", "/api/members")) {
            Api.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(Api.token(port, "wt_not-a-real-token").get("/api/me").status())
                .isEqualTo(401);
    }

    @Test
    void apiTokensAreListedWithoutTheirSecretAndStopWorkingWhenRevoked() {
        Org org = fixtures.organisation();
        Api.Response issued = org.admin.session().post("/api/me/tokens", Map.of("name", "nightly sync"));
        String token = issued.string("$.token");
        Api script = Api.token(port, token);
        Api.Response scripted = script.get("/api/me");
        assertThat(scripted.status()).isEqualTo(200);
        assertThat(scripted.raw().headers().allValues("Set-Cookie"))
                .as("CSRF does not apply to API tokens: no XSRF-TOKEN cookie is minted for them")
                .noneMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
        assertThat(org.admin
                        .session()
                        .forgetCookie("XSRF-TOKEN")
                        .get("/api/me")
                        .raw()
                        .headers()
                        .allValues("Set-Cookie"))
                .as("a browser's session still gets its token")
                .anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));

        JsonNode listed = org.admin.session().get("/api/me/tokens").body();
        assertThat(listed.toString()).contains("nightly sync").doesNotContain(token);

        assertThat(org.admin
                        .session()
                        .delete("/api/me/tokens/" + issued.string("$.id"))
                        .status())
                .isEqualTo(204);
        assertThat(script.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aPersonInTwoOrganisationsChoosesWhichOneTheSessionActsIn() {
        Org first = fixtures.organisation();
        Org second = fixtures.organisation();
        User both = first.agent("Both");
        proveEmailOf(both.id());
        second.admin
                .api()
                .post(
                        "/api/members",
                        Map.of(
                                "email",
                                both.email(),
                                "name",
                                "Both",
                                "role",
                                "agent",
                                "password",
                                "ignored-for-existing-accounts"));
        assertThat(both.session().get("/api/me").size("$.invitations")).isEqualTo(1);
        assertThat(both.session()
                        .post("/api/me/invitations/" + second.id + "/accept", Map.of())
                        .status())
                .isEqualTo(200);
        JsonNode secondTicket = second.ticket("Only in the second");

        // accepting switches the session to the new organisation (issue 9); switching back is a choice
        JsonNode me = both.session().get("/api/me").body();
        assertThat(me.get("memberships")).hasSize(2);
        assertThat(Json.string(me, "$.currentOrganisation.id")).isEqualTo(second.id.toString());
        Api.Response back =
                both.session().put("/api/me/current-organisation", Map.of("organisationId", first.id.toString()));
        assertThat(back.string("$.currentOrganisation.id")).isEqualTo(first.id.toString());
        assertThat(both.session()
                        .get("/api/tickets/" + Json.string(secondTicket, "$.id"))
                        .status())
                .isEqualTo(404);

        Api.Response switched =
                both.session().put("/api/me/current-organisation", Map.of("organisationId", second.id.toString()));

        assertThat(switched.string("$.currentOrganisation.id")).isEqualTo(second.id.toString());
        assertThat(both.session()
                        .get("/api/tickets/" + Json.string(secondTicket, "$.id"))
                        .status())
                .isEqualTo(200);
        Api.Response notMine = both.session()
                .put(
                        "/api/me/current-organisation",
                        Map.of("organisationId", fixtures.organisation().id.toString()));
        assertThat(notMine.status()).isEqualTo(404);
    }

    @Test
    void addingSomeoneWhoAlreadyHasAnAccountOnlyInvitesThemAndRevealsNothing() {
        Org victimOrg = fixtures.organisation();
        Org curious = fixtures.organisation();
        String unknownEmail = Fixtures.unique("nobody") + "@example.test";

        Api.Response existing = curious.admin
                .api()
                .post(
                        "/api/members",
                        Map.of(
                                "email",
                                victimOrg.admin.email(),
                                "name",
                                "Guess",
                                "role",
                                "agent",
                                "password",
                                "any-long-password"));
        Api.Response fresh = curious.admin
                .api()
                .post(
                        "/api/members",
                        Map.of(
                                "email",
                                unknownEmail,
                                "name",
                                "Guess",
                                "role",
                                "agent",
                                "password",
                                "any-long-password"));

        assertThat(existing.status()).isEqualTo(fresh.status()).isEqualTo(201);
        assertThat(existing.string("$.name")).isEqualTo("Guess");
        assertThat(curious.admin.api().get("/api/members").raw().body()).doesNotContain(victimOrg.admin.email());
        assertThat(curious.admin
                        .api()
                        .post(
                                "/api/tickets",
                                Map.of(
                                        "title",
                                        "x",
                                        "assigneeId",
                                        victimOrg.admin.id().toString()))
                        .status())
                .isEqualTo(422);
        JsonNode victimMe = victimOrg.admin.session().get("/api/me").body();
        assertThat(victimMe.get("memberships")).hasSize(1);
        assertThat(Json.string(victimMe, "$.invitations[0].organisationId")).isEqualTo(curious.id.toString());
        assertThat(Api.session(port)
                        .post(
                                "/api/auth/login",
                                Map.of("email", victimOrg.admin.email(), "password", "any-long-password"))
                        .status())
                .isEqualTo(401);
        assertThat(victimOrg
                        .admin
                        .session()
                        .post("/api/me/invitations/" + UUID.randomUUID() + "/accept", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void adminsManageMembersAndAgentsMayOnlyListThem() {
        Org org = fixtures.organisation();
        User agent = org.agent("Agnes");

        assertThat(agent.api().get("/api/members").body()).hasSize(2);
        Api.Response forbidden = agent.api()
                .post(
                        "/api/members",
                        Map.of(
                                "email",
                                Fixtures.unique("x") + "@example.test",
                                "name",
                                "X",
                                "role",
                                "agent",
                                "password",
                                Fixtures.PASSWORD));
        assertThat(forbidden.status()).isEqualTo(403);

        Api.Response promoted = org.admin.api().patch("/api/members/" + agent.id(), Map.of("role", "admin"));
        assertThat(promoted.string("$.role")).isEqualTo("admin");
        Api.Response badRole = org.admin.api().patch("/api/members/" + agent.id(), Map.of("role", "owner"));
        assertThat(badRole.status()).isEqualTo(422);
        assertThat(badRole.string("$.errors[0].message")).contains("admin, agent");
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        Org org = fixtures.organisation();

        Api.Response refused = org.admin.api().patch("/api/members/" + org.admin.id(), Map.of("role", "agent"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(org.admin.api().get("/api/me").string("$.currentOrganisation.role"))
                .isEqualTo("admin");
    }

    @Test
    void anApiTokenCannotMintListOrRevokeTokensNorJoinOrganisations() {
        Org org = fixtures.organisation();
        Api script = org.admin.api();

        Api.Response minted = script.post("/api/me/tokens", Map.of("name", "child of a leaked token"));

        assertThat(minted.status()).as(minted.toString()).isEqualTo(403);
        assertThat(minted.string("$.type")).endsWith("/forbidden");
        assertThat(script.get("/api/me/tokens").status()).isEqualTo(403);
        assertThat(script.delete("/api/me/tokens/" + UUID.randomUUID()).status())
                .isEqualTo(403);
        assertThat(script.post("/api/me/invitations/" + UUID.randomUUID() + "/accept", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(org.admin.session().get("/api/me/tokens").size("$")).isEqualTo(1);
    }

    @Test
    void longAndNonAsciiPasswordsWorkAndCommonOnesAreRefused() {
        for (String password : List.of("x".repeat(73), "y".repeat(200), "é".repeat(37))) {
            String email = Fixtures.unique("long") + "@example.test";
            Api.Response signedUp = Api.session(port)
                    .post(
                            "/api/signup",
                            Map.of("organisationName", "Long", "name", "Long", "email", email, "password", password));
            assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(202);
            assertThat(Api.session(port)
                            .post("/api/auth/login", Map.of("email", email, "password", password))
                            .status())
                    .isEqualTo(200);
            assertThat(Api.session(port)
                            .post("/api/auth/login", Map.of("email", email, "password", password + "!"))
                            .status())
                    .isEqualTo(401);
        }

        Api.Response common = Api.session(port)
                .post(
                        "/api/signup",
                        Map.of(
                                "organisationName", "Common",
                                "name", "Common",
                                "email", Fixtures.unique("common") + "@example.test",
                                "password", "Password123"));
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.string("$.errors[0].field")).isEqualTo("password");
    }

    @Test
    void aBcryptHashOfBeforeStillSignsInAndIsReplacedByArgon2() {
        Org org = fixtures.organisation();
        String bcrypt = "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(Fixtures.PASSWORD);
        jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ?")
                .params(bcrypt, org.admin.id())
                .update();

        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", org.admin.email(), "password", Fixtures.PASSWORD))
                        .status())
                .isEqualTo(200);

        String stored = jdbc.sql("SELECT password_hash FROM users WHERE id = ?")
                .param(org.admin.id())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{argon2@SpringSecurity_v5_8}");
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", org.admin.email(), "password", Fixtures.PASSWORD))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() {
        Api.Response viaHttps =
                Api.session(port).withHeader("X-Forwarded-Proto", "https").get("/api/auth/csrf");
        Api.Response plain = Api.session(port).get("/api/auth/csrf");

        assertThat(viaHttps.raw().headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(viaHttps.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(plain.raw().headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(plain.raw().headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }
}
