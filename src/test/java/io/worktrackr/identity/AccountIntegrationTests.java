package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every person's own settings: profile, password, sessions; and invitations by one-time link (issue 9). */
class AccountIntegrationTests extends IntegrationTest {

    @Test
    void aPersonChangesTheirNameTimeZoneAndColour() {
        User agent = fixtures.organisation().agent("Old Name");

        Api.Response changed = agent.session()
                .patch("/api/me", Map.of("name", "New Name", "timeZone", "America/New_York", "colour", "#1E88E5"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.string("$.user.name")).isEqualTo("New Name");
        assertThat(changed.string("$.timeZone")).isEqualTo("America/New_York");
        assertThat(changed.string("$.colour")).isEqualTo("#1e88e5");
        Api.Response badZone = agent.session().patch("/api/me", Map.of("timeZone", "Mars/Olympus"));
        assertThat(badZone.status()).isEqualTo(422);
        assertThat(badZone.string("$.errors[0].field")).isEqualTo("timeZone");
        Api.Response badColour = agent.session().patch("/api/me", Map.of("colour", "blue"));
        assertThat(badColour.status()).isEqualTo(422);
        assertThat(badColour.string("$.errors[0].field")).isEqualTo("colour");
        assertThat(agent.api().get("/api/me").string("$.user.name")).isEqualTo("New Name");
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndNeedsTheCurrentOne() {
        Org org = fixtures.organisation();
        User agent = org.agent("Changer");
        Api laptop = agent.session();
        Api phone = fixtures.signIn(agent.id(), agent.email()).session();
        assertThat(phone.get("/api/me").status()).isEqualTo(200);

        Api.Response wrong = laptop.put(
                "/api/me/password", Map.of("currentPassword", "not-my-password", "newPassword", "brand-new-password"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.string("$.errors[0].field")).isEqualTo("currentPassword");
        assertThat(phone.get("/api/me").status()).isEqualTo(200);
        Api.Response tooShort =
                laptop.put("/api/me/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.string("$.errors[0].field")).isEqualTo("newPassword");

        Api.Response changed = laptop.put(
                "/api/me/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "brand-new-password"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(laptop.get("/api/me").status()).isEqualTo(200);
        Api.Response ended = phone.get("/api/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.string("$.type")).endsWith("/session-ended");
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", agent.email(), "password", Fixtures.PASSWORD))
                        .status())
                .isEqualTo(401);
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", agent.email(), "password", "brand-new-password"))
                        .status())
                .isEqualTo(200);
        // a plain unknown session is "not signed in", not "ended"
        Api.Response anonymous = Api.session(port).get("/api/me");
        assertThat(anonymous.string("$.type")).endsWith("/not-authenticated");
        assertThat(org.admin.api().get("/api/audit").strings("$.items[*].action"))
                .contains("account.password_changed");
    }

    @Test
    void aPersonListsTheirSessionsAndSignsOutOneOrAllOthers() {
        User agent = fixtures.organisation().agent("Many devices");
        Api first = agent.session();
        Api second = fixtures.signIn(agent.id(), agent.email()).session();
        Api third = fixtures.signIn(agent.id(), agent.email()).session();

        Api.Response sessions = first.get("/api/me/sessions");
        assertThat(sessions.status()).as(sessions.toString()).isEqualTo(200);
        assertThat(sessions.size("$")).isEqualTo(3);
        assertThat(sessions.strings("$[?(@.current == true)].id")).hasSize(1);
        assertThat(sessions.strings("$[*].device")).allMatch(d -> !d.isBlank());
        String secondId = second.get("/api/me/sessions")
                .strings("$[?(@.current == true)].id")
                .get(0);

        assertThat(first.delete("/api/me/sessions/" + secondId).status()).isEqualTo(204);
        assertThat(second.get("/api/me").string("$.type")).endsWith("/session-ended");
        assertThat(third.get("/api/me").status()).isEqualTo(200);
        assertThat(first.delete("/api/me/sessions/" + secondId).status()).isEqualTo(404);
        assertThat(fixtures.organisation()
                        .admin
                        .session()
                        .delete("/api/me/sessions/" + secondId)
                        .status())
                .isEqualTo(404);

        assertThat(first.delete("/api/me/sessions").status()).isEqualTo(204);
        assertThat(third.get("/api/me").status()).isEqualTo(401);
        assertThat(first.get("/api/me").status()).isEqualTo(200);
        assertThat(first.get("/api/me/sessions").size("$")).isEqualTo(1);
    }

    @Test
    void anInvitationLinkMakesANewPersonAMemberSignedInOnce() {
        Org org = fixtures.organisation();
        String email = Fixtures.unique("newcomer") + "@example.test";

        Api.Response invited = org.admin.api().post("/api/invitations", Map.of("email", email, "role", "agent"));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String url = invited.string("$.acceptUrl");
        assertThat(url).contains("/invitations/accept#token=");
        String token = url.substring(url.indexOf("#token=") + 7);
        Api.Response pending = org.admin.api().get("/api/invitations");
        assertThat(pending.strings("$[*].email")).containsExactly(email);
        assertThat(pending.string("$[0].invitedBy.id")).isEqualTo(org.admin.id().toString());
        assertThat(pending.raw().body()).doesNotContain(token);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitations WHERE token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .isZero();

        Api browser = Api.session(port);
        Api.Response preview = browser.post("/api/invitations/preview", Map.of("token", token));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.string("$.email")).isEqualTo(email);
        assertThat(preview.bool("$.accountExists")).isFalse();
        Api.Response noPassword = browser.post("/api/invitations/accept", Map.of("token", token, "name", "Newcomer"));
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(noPassword.string("$.errors[0].field")).isEqualTo("password");

        Api.Response accepted = browser.post(
                "/api/invitations/accept", Map.of("token", token, "name", "Newcomer", "password", "newcomer-password"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.string("$.currentOrganisation.id")).isEqualTo(org.id.toString());
        assertThat(accepted.string("$.currentOrganisation.role")).isEqualTo("agent");
        assertThat(browser.get("/api/tickets").status()).isEqualTo(200);
        assertThat(Api.session(port)
                        .post(
                                "/api/invitations/accept",
                                Map.of("token", token, "name", "Again", "password", "another-password"))
                        .status())
                .isEqualTo(404);
        assertThat(Api.session(port)
                        .post("/api/invitations/preview", Map.of("token", token))
                        .status())
                .isEqualTo(404);
        assertThat(org.admin.api().get("/api/invitations").size("$")).isZero();
        assertThat(org.admin.api().get("/api/audit").strings("$.items[*].action"))
                .contains("invitation.issued", "invitation.accepted");
    }

    @Test
    void anInvitationLinkWorksOnceEvenWhenTwoAcceptAtOnce() throws Exception {
        Org org = fixtures.organisation();
        String email = Fixtures.unique("racer") + "@example.test";
        String url = org.admin
                .api()
                .post("/api/invitations", Map.of("email", email, "role", "agent"))
                .string("$.acceptUrl");
        String token = url.substring(url.indexOf("#token=") + 7);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Api browser = Api.session(port);
                browser.get("/api/auth/csrf");
                results.add(pool.submit(() -> {
                    start.await();
                    return browser.post(
                                    "/api/invitations/accept",
                                    Map.of("token", token, "name", "Racer", "password", "racer-password"))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).allMatch(s -> s == 200 || s == 404 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void invitationLinksExpireAfterSevenDaysAndCanBeRevoked() {
        Org org = fixtures.organisation();
        String url = org.admin
                .api()
                .post("/api/invitations", Map.of("email", Fixtures.unique("late") + "@example.test", "role", "agent"))
                .string("$.acceptUrl");
        String token = url.substring(url.indexOf("#token=") + 7);
        Api.Response revocable = org.admin
                .api()
                .post(
                        "/api/invitations",
                        Map.of("email", Fixtures.unique("revoked") + "@example.test", "role", "admin"));
        String revokedToken = revocable
                .string("$.acceptUrl")
                .substring(revocable.string("$.acceptUrl").indexOf("#token=") + 7);

        assertThat(org.admin
                        .api()
                        .delete("/api/invitations/" + revocable.string("$.id"))
                        .status())
                .isEqualTo(204);
        assertThat(Api.session(port)
                        .post("/api/invitations/preview", Map.of("token", revokedToken))
                        .status())
                .isEqualTo(404);
        assertThat(org.admin
                        .api()
                        .delete("/api/invitations/" + revocable.string("$.id"))
                        .status())
                .isEqualTo(404);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(Api.session(port)
                        .post("/api/invitations/preview", Map.of("token", token))
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(Api.session(port)
                        .post("/api/invitations/preview", Map.of("token", token))
                        .status())
                .isEqualTo(404);
        assertThat(Api.session(port)
                        .post(
                                "/api/invitations/accept",
                                Map.of("token", token, "name", "Late", "password", "late-password"))
                        .status())
                .isEqualTo(404);
        assertThat(org.admin.api().get("/api/invitations").size("$")).isZero();
    }

    @Test
    void anExistingAccountAcceptsSignedInAsTheInvitedAddressAndSwitchesOrganisation() {
        Org home = fixtures.organisation();
        Org other = fixtures.organisation();
        User someone = home.agent("Joiner");
        proveEmailOf(someone.id());
        String url = other.admin
                .api()
                .post("/api/invitations", Map.of("email", someone.email(), "role", "admin"))
                .string("$.acceptUrl");
        String token = url.substring(url.indexOf("#token=") + 7);

        assertThat(Api.session(port)
                        .post("/api/invitations/preview", Map.of("token", token))
                        .bool("$.accountExists"))
                .isTrue();
        Api.Response anonymous = Api.session(port).post("/api/invitations/accept", Map.of("token", token));
        assertThat(anonymous.status()).isEqualTo(401);
        Api.Response wrongPerson = home.admin.session().post("/api/invitations/accept", Map.of("token", token));
        assertThat(wrongPerson.status()).isEqualTo(403);

        Api.Response accepted = someone.session().post("/api/invitations/accept", Map.of("token", token));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.string("$.currentOrganisation.id")).isEqualTo(other.id.toString());
        assertThat(accepted.string("$.currentOrganisation.role")).isEqualTo("admin");
        assertThat(accepted.size("$.memberships")).isEqualTo(2);
        assertThat(someone.session().get("/api/me").string("$.currentOrganisation.id"))
                .isEqualTo(other.id.toString());
        // a token stays in the organisation it was made in
        assertThat(someone.api().get("/api/me").string("$.currentOrganisation.id"))
                .isEqualTo(home.id.toString());
        assertThat(other.admin
                        .api()
                        .post("/api/invitations", Map.of("email", someone.email(), "role", "agent"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void acceptingAnInAppInvitationSwitchesToTheNewOrganisation() {
        Org home = fixtures.organisation();
        Org other = fixtures.organisation();
        User someone = home.agent("In-app joiner");
        proveEmailOf(someone.id());
        other.admin
                .api()
                .post(
                        "/api/members",
                        Map.of("email", someone.email(), "name", "x", "role", "agent", "password", "whatever-long"));

        Api.Response accepted = someone.session().post("/api/me/invitations/" + other.id + "/accept", Map.of());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.string("$.currentOrganisation.id")).isEqualTo(other.id.toString());
    }

    @Test
    void agentsCannotInviteAndPublicEndpointsStillNeedCsrf() {
        Org org = fixtures.organisation();
        User agent = org.agent("Agent");
        assertThat(agent.api()
                        .post("/api/invitations", Map.of("email", "x@example.test", "role", "agent"))
                        .status())
                .isEqualTo(403);
        assertThat(agent.api().get("/api/invitations").status()).isEqualTo(403);
        Api.Response noCsrf =
                Api.session(port).withoutCsrfHeader().post("/api/invitations/preview", Map.of("token", "whatever"));
        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(noCsrf.string("$.type")).endsWith("/csrf");
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> map() {
        return new HashMap<>();
    }
}
