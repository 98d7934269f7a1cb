package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Each node keeps what it read about tokens and memberships for at most a second (IdentityCache): a revoked
 * token, a removed membership or a changed role stops working at once on the node that made the change and
 * within a second on every other node — here a second node, and changes made straight in the database (as
 * another node, or an operator, would).
 */
class IdentityCacheIntegrationTests extends IntegrationTest {

    /** The cache's TTL (1 s) plus generous slack for a loaded machine; the polling stops as soon as it holds. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Autowired
    Environment environment;

    @Test
    void aTokenRevokedElsewhereStopsWorkingWithinASecond() {
        Org org = fixtures.organisation();
        User agent = org.agent("Script owner");
        assertThat(agent.api().get("/api/tickets").status()).isEqualTo(200); // this node now holds the token

        jdbc.sql("UPDATE api_tokens SET revoked_at = CURRENT_TIMESTAMP WHERE user_id = :user")
                .param("user", agent.id())
                .update();

        assertBecomes(401, () -> agent.api().get("/api/tickets").status());
    }

    @Test
    void aRemovedMembershipStopsWorkingWithinASecondForTokensAndSessions() {
        Org org = fixtures.organisation();
        User agent = org.agent("Leaver");
        assertThat(agent.api().get("/api/tickets").status()).isEqualTo(200);
        assertThat(agent.session().get("/api/tickets").status()).isEqualTo(200);

        jdbc.sql("DELETE FROM memberships WHERE organisation_id = :org AND user_id = :user")
                .param("org", org.id)
                .param("user", agent.id())
                .update();

        assertBecomes(403, () -> agent.api().get("/api/tickets").status());
        assertBecomes(403, () -> agent.session().get("/api/tickets").status());
    }

    @Test
    void aRoleChangedElsewhereTakesEffectWithinASecond() {
        Org org = fixtures.organisation();
        User admin = org.member("Second admin", "admin");
        assertThat(admin.api().get("/api/members").status()).isEqualTo(200);
        assertThat(admin.api()
                        .post("/api/queues", Map.of("name", Fixtures.unique("Q")))
                        .status())
                .isEqualTo(201);

        jdbc.sql("UPDATE memberships SET role = 'agent' WHERE organisation_id = :org AND user_id = :user")
                .param("org", org.id)
                .param("user", admin.id())
                .update();

        assertBecomes(
                403,
                () -> admin.api()
                        .post("/api/queues", Map.of("name", Fixtures.unique("Q")))
                        .status());
    }

    @Test
    void unknownTokensAreNeverAcceptedAndNeverRemembered() {
        Api stranger = Api.token(port, "wt_" + "x".repeat(43));
        for (int i = 0; i < 3; i++) {
            assertThat(stranger.get("/api/me").status()).isEqualTo(401);
        }
    }

    @Test
    void aBearerCallCreatesNoSession() {
        Org org = fixtures.organisation();
        String token = org.admin
                .session()
                .post("/api/me/tokens", Map.of("name", "no sessions"))
                .body()
                .get("token")
                .stringValue();
        for (int i = 0; i < 3; i++) {
            Api.Response response = Api.token(port, token).get("/api/tickets"); // a new client: no cookies
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.raw().headers().allValues("Set-Cookie"))
                    .as("no session cookie")
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
    }

    @Test
    void revocationAndRoleChangesReachASecondNodeWithinASecond() {
        Org org = fixtures.organisation();
        User admin = org.member("Admin on two nodes", "admin");
        Api.Response issued = admin.session().post("/api/me/tokens", Map.of("name", "two nodes"));
        String token = issued.body().get("token").stringValue();

        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(WorktrackrApplication.class)
                .run(
                        "--server.port=0",
                        "--worktrackr.demo.enabled=false",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))) {
            int portB = Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port"));
            Api onA = Api.token(port, token);
            Api onB = Api.token(portB, token);
            Api adminOnB = admin.api().onPort(portB);
            assertThat(onA.get("/api/tickets").status()).isEqualTo(200);
            assertThat(onB.get("/api/tickets").status()).isEqualTo(200);
            assertThat(adminOnB.post("/api/queues", Map.of("name", Fixtures.unique("Q")))
                            .status())
                    .isEqualTo(201);

            // a role change made on node A: at once on A, within a second on B
            assertThat(org.admin
                            .api()
                            .patch("/api/members/" + admin.id(), Map.of("role", "agent"))
                            .status())
                    .isEqualTo(200);
            assertThat(admin.api()
                            .post("/api/queues", Map.of("name", Fixtures.unique("Q")))
                            .status())
                    .isEqualTo(403);
            assertBecomes(
                    403,
                    () -> adminOnB.post("/api/queues", Map.of("name", Fixtures.unique("Q")))
                            .status());

            // a token revoked on node A: at once on A, within a second on B
            assertThat(admin.session()
                            .delete("/api/me/tokens/" + issued.body().get("id").stringValue())
                            .status())
                    .isEqualTo(204);
            assertThat(onA.get("/api/tickets").status()).isEqualTo(401);
            assertBecomes(401, () -> onB.get("/api/tickets").status());
        }
    }

    /** Polls (no sleeping beyond the loop's own pace) until the status holds, failing after {@link #WITHIN}. */
    private static void assertBecomes(int expected, IntSupplier status) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        int last;
        do {
            last = status.getAsInt();
            if (last == expected) {
                return;
            }
        } while (System.nanoTime() < deadline);
        assertThat(last).as("status after " + WITHIN.toMillis() + " ms").isEqualTo(expected);
    }
}
