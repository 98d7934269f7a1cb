package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Members and roles, deactivation, the organisation's settings and the audit trail (issue 9). */
class TeamAdminIntegrationTests extends IntegrationTest {

    /** The identity cache's TTL (1 s) plus slack for a loaded machine; polling stops as soon as it holds. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Test
    void theDirectoryListsEveryStatusSearchesAndPagesByName() {
        Org org = fixtures.organisation();
        User zed = org.agent("Zed Zulu");
        User amy = org.agent("Amy Alpha");
        org.agent("Mia Mike");
        Org other = fixtures.organisation();
        // an existing account added to org is only invited
        Api.Response invited = org.admin
                .api()
                .post(
                        "/api/members",
                        Map.of(
                                "email",
                                other.admin.email(),
                                "name",
                                "Otto Other",
                                "role",
                                "agent",
                                "password",
                                "x-irrelevant-1"));
        assertThat(invited.status()).isEqualTo(201);
        org.ticket(Map.of("title", "For Amy", "assigneeId", amy.id().toString()));
        org.ticket(Map.of("title", "Also Amy", "assigneeId", amy.id().toString()));
        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + zed.id(), Map.of("status", "deactivated"))
                        .status())
                .isEqualTo(200);

        Api.Response all = org.admin.api().get("/api/members/directory");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        List<String> names = all.strings("$.items[*].name");
        // an existing account keeps its own name (the one the admin typed is not applied to it)
        assertThat(names).hasSize(5);
        assertThat(names.subList(2, 5)).containsExactly("Amy Alpha", "Mia Mike", "Zed Zulu");
        Api.Response invitedOnly = org.admin.api().get("/api/members/directory?status=invited");
        assertThat(invitedOnly.strings("$.items[*].email")).containsExactly(other.admin.email());
        // nothing of the existing account is shown before they accept: the address stands for the name
        assertThat(invitedOnly.strings("$.items[*].name")).containsExactly(other.admin.email());
        assertThat(invitedOnly.strings("$.items[*].lastSeenAt")).containsExactly((String) null);
        assertThat(all.strings("$.items[?(@.name == 'Zed Zulu')].status")).containsExactly("deactivated");
        assertThat(all.strings("$.items[?(@.name == 'Amy Alpha')].assignedActiveCount"))
                .containsExactly("2");
        assertThat(all.strings("$.items[?(@.name == 'Amy Alpha')].lastSeenAt"))
                .singleElement()
                .isNotNull();

        assertThat(org.admin
                        .api()
                        .get("/api/members/directory?status=deactivated")
                        .strings("$.items[*].name"))
                .containsExactly("Zed Zulu");
        assertThat(org.admin.api().get("/api/members/directory?q=ALPHA").strings("$.items[*].name"))
                .containsExactly("Amy Alpha");
        assertThat(org.admin
                        .api()
                        .get("/api/members/directory?q=" + amy.email())
                        .strings("$.items[*].name"))
                .containsExactly("Amy Alpha");
        assertThat(org.admin.api().get("/api/members/directory?q=%25").size("$.items"))
                .isZero();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            Api.Response response =
                    org.admin.api().get("/api/members/directory?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            paged.addAll(response.strings("$.items[*].name"));
            cursor = response.read("$.nextCursor", String.class);
            if (cursor == null) {
                break;
            }
        }
        assertThat(paged).isEqualTo(all.strings("$.items[*].name"));

        assertThat(org.admin.api().get("/api/members").raw().body()).doesNotContain("Zed Zulu", other.admin.email());
        assertThat(amy.api().get("/api/members/directory").status()).isEqualTo(403);
        assertThat(org.admin.api().get("/api/members/directory?status=gone").status())
                .isEqualTo(422);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivated() {
        Org org = fixtures.organisation();

        Api.Response demote = org.admin.api().patch("/api/members/" + org.admin.id(), Map.of("role", "agent"));
        Api.Response deactivate =
                org.admin.api().patch("/api/members/" + org.admin.id(), Map.of("status", "deactivated"));

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.string("$.type")).endsWith("/last-admin");
        assertThat(deactivate.status()).isEqualTo(409);
        assertThat(deactivate.string("$.type")).endsWith("/last-admin");

        User second = org.member("Second admin", "admin");
        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + second.id(), Map.of("status", "deactivated"))
                        .status())
                .isEqualTo(200);
        // a deactivated admin does not count: the founder is still the last active one
        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + org.admin.id(), Map.of("role", "agent"))
                        .status())
                .isEqualTo(409);
        Api.Response promoted =
                org.admin.api().patch("/api/members/" + org.agent("Promoted").id(), Map.of("role", "admin"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.string("$.role")).isEqualTo("admin");
        assertThat(promoted.string("$.status")).isEqualTo("active");
        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + org.admin.id(), Map.of("role", "agent"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 3; round++) {
            Org org = fixtures.organisation();
            User other = org.member("Rival", "admin");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> first = () -> {
                    start.await();
                    return org.admin
                            .api()
                            .patch("/api/members/" + other.id(), Map.of("role", "agent"))
                            .status();
                };
                Callable<Integer> second = () -> {
                    start.await();
                    return other.api()
                            .patch("/api/members/" + org.admin.id(), Map.of("role", "agent"))
                            .status();
                };
                Future<Integer> a = pool.submit(first);
                Future<Integer> b = pool.submit(second);
                start.countDown();
                // the loser finds the other still the last admin (409), or itself demoted already (403)
                List<Integer> statuses = List.of(a.get(), b.get());
                assertThat(statuses).containsOnlyOnce(200);
                assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 403);
            } finally {
                pool.shutdownNow();
            }
            long admins = jdbc.sql("SELECT COUNT(*) FROM memberships WHERE organisation_id = :org AND role = 'admin'")
                    .param("org", org.id)
                    .query(Long.class)
                    .single();
            assertThat(admins).isEqualTo(1);
        }
    }

    @Test
    void deactivationEndsSessionsAndTokensAtOnceAndKeepsTheirTickets() {
        Org org = fixtures.organisation();
        User agent = org.agent("Leaver");
        var ticket =
                org.ticket(Map.of("title", "Theirs", "assigneeId", agent.id().toString()));
        assertThat(agent.api().get("/api/tickets").status()).isEqualTo(200);
        assertThat(agent.session().get("/api/me").status()).isEqualTo(200);

        Api.Response deactivated = org.admin.api().patch("/api/members/" + agent.id(), Map.of("status", "deactivated"));

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.string("$.status")).isEqualTo("deactivated");
        assertThat(deactivated.number("$.assignedActiveCount")).isEqualTo(1);
        assertBecomes(401, () -> agent.api().get("/api/tickets").status());
        Api.Response ended = agent.session().get("/api/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.string("$.type")).endsWith("/session-ended");
        assertThat(org.admin
                        .api()
                        .get("/api/tickets/" + ticket.get("id").stringValue())
                        .string("$.assignee.id"))
                .isEqualTo(agent.id().toString());
        // a new sign-in does not bring them back into the organisation
        Api again = Api.session(port);
        again.post("/api/auth/login", Map.of("email", agent.email(), "password", Fixtures.PASSWORD));
        assertThat(again.get("/api/tickets").status()).isEqualTo(403);

        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + agent.id(), Map.of("status", "active"))
                        .string("$.status"))
                .isEqualTo("active");
        assertBecomes(200, () -> again.get("/api/tickets").status());
    }

    @Test
    void aDeactivationMadeOnAnotherNodeStopsTheMemberWithinASecond() {
        Org org = fixtures.organisation();
        User agent = org.agent("Elsewhere");
        assertThat(agent.api().get("/api/tickets").status()).isEqualTo(200); // this node now holds their identity
        assertThat(agent.session().get("/api/tickets").status()).isEqualTo(200);

        // what another node's deactivation leaves in the database (this node's caches are not told)
        jdbc.sql(
                        "UPDATE memberships SET deactivated_at = CURRENT_TIMESTAMP WHERE organisation_id = :org AND user_id = :user")
                .param("org", org.id)
                .param("user", agent.id())
                .update();

        long start = System.nanoTime();
        assertBecomes(403, () -> agent.api().get("/api/tickets").status());
        assertBecomes(403, () -> agent.session().get("/api/tickets").status());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WITHIN);
    }

    @Test
    void agentsCannotManageMembersAndForeignMembersAre404() {
        Org org = fixtures.organisation();
        User agent = org.agent("Agent");
        assertThat(agent.api()
                        .patch("/api/members/" + org.admin.id(), Map.of("status", "deactivated"))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.organisation()
                        .admin
                        .api()
                        .patch("/api/members/" + agent.id(), Map.of("status", "deactivated"))
                        .status())
                .isEqualTo(404);
        assertThat(org.admin
                        .api()
                        .patch("/api/members/" + agent.id(), Map.of("status", "invited"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void organisationSettingsHaveANameAndAnIanaTimeZone() {
        Org org = fixtures.organisation();
        User agent = org.agent("Reader");
        assertThat(agent.api().get("/api/organisation").string("$.timeZone")).isEqualTo("UTC");

        Api.Response changed =
                org.admin.api().patch("/api/organisation", Map.of("name", "Renamed Org", "timeZone", "Europe/Berlin"));
        Api.Response bad = org.admin.api().patch("/api/organisation", Map.of("timeZone", "CEST"));
        Api.Response byAgent = agent.api().patch("/api/organisation", Map.of("name", "Mine now"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.string("$.timeZone")).isEqualTo("Europe/Berlin");
        assertThat(agent.api().get("/api/organisation").string("$.name")).isEqualTo("Renamed Org");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.string("$.errors[0].field")).isEqualTo("timeZone");
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(org.agent("Later").api().get("/api/me").string("$.timeZone")).isEqualTo("Europe/Berlin");
    }

    @Test
    void adminActionsAreInTheAuditTrailNewestFirstPagedByCursor() {
        Org org = fixtures.organisation();
        User agent = org.agent("Audited");
        org.admin.api().patch("/api/members/" + agent.id(), Map.of("role", "admin"));
        org.admin.api().patch("/api/organisation", Map.of("timeZone", "Europe/Paris"));

        Api.Response page = org.admin.api().get("/api/audit?limit=2");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.strings("$.items[*].action"))
                .containsExactly("organisation.settings_changed", "member.role_changed");
        assertThat(page.string("$.items[0].actor.id")).isEqualTo(org.admin.id().toString());
        assertThat(page.string("$.items[0].details.timeZone.to")).isEqualTo("Europe/Paris");
        assertThat(page.string("$.items[1].details.to")).isEqualTo("admin");
        Api.Response older = org.admin.api().get("/api/audit?limit=200&cursor=" + page.string("$.nextCursor"));
        // adding is an invitation, alike for every address; the person joined at their first sign-in
        assertThat(older.strings("$.items[*].action")).contains("member.invited", "member.joined", "token.created");
        assertThat(older.read("$.nextCursor", String.class)).isNull();

        assertThat(org.agent("Nosy").api().get("/api/audit").status()).isEqualTo(403);
        assertThat(fixtures.organisation().admin.api().get("/api/audit").raw().body())
                .doesNotContain(agent.id().toString());
        // append-only, whatever the client
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE organisation_id = :org")
                        .param("org", org.id)
                        .update())
                .isInstanceOf(Exception.class);
    }

    private static void assertBecomes(int expected, IntSupplier status) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        int last;
        do {
            last = status.getAsInt();
            if (last == expected) {
                return;
            }
        } while (System.nanoTime() < deadline);
        assertThat(last).as("status within " + WITHIN).isEqualTo(expected);
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> map() {
        return new HashMap<>();
    }
}
