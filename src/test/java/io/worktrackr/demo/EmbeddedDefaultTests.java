package io.worktrackr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The zero-set-up start as a user gets it: an embedded H2 file database created on first start, seeded with
 * the demo organisation, and the "done when" walk-through, including a server restart.
 */
class EmbeddedDefaultTests {

    @TempDir
    Path dataDirectory;

    @Test
    void aNewEmbeddedDatabaseGetsDemoDataAndChangesSurviveARestart() {
        String closedId;
        try (ConfigurableApplicationContext app = start()) {
            Api alice = signIn(app, "alice@demo.test");
            JsonNode me = alice.get("/api/me").body();
            assertThat(Json.string(me, "$.currentOrganisation.name")).isEqualTo("Demo Support");
            assertDemoDataIsSpreadOverEverything(alice);
            // the demo's own people are members already, so nobody invites them: the e-mail outbox holds the one
            // invitation the demo does show (Dave's, pending), none for Alice, Bob or Carol
            Api.Response outbox = signIn(app, "admin@demo.test").get("/api/admin/email-outbox?limit=100");
            assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
            assertThat(outbox.strings("$.items[?(@.kind == 'invitation')].toAddress"))
                    .containsExactly("dave@demo.test");
            // every SLA state from the start: on track, at risk (high, 24×7 watch list), paused, met; urgent first
            // responses are due a minute after the start (breached then)
            Api.Response all = alice.get("/api/tickets?view=all&limit=200");
            assertThat(all.strings("$.items[*].sla.resolution.state")).contains("running", "paused", "met");
            assertThat(alice.get("/api/tickets/counts").number("$.views.at_risk"))
                    .isPositive();
            assertThat(alice.get("/api/tickets?view=all&sort=due&limit=1").string("$.items[0].sla.policy.name"))
                    .isEqualTo("Escalations (24×7)");

            JsonNode before = alice.get("/api/tickets/counts").body().get("views");
            JsonNode open = alice.get("/api/tickets?view=open&limit=1")
                    .body()
                    .get("items")
                    .get(0);
            closedId = Json.string(open, "$.id");
            Api.Response bulk = alice.patch("/api/tickets/bulk", List.of(Map.of("id", closedId, "status", "closed")));
            assertThat(bulk.status()).isEqualTo(200);
            JsonNode after = alice.get("/api/tickets/counts").body().get("views");
            assertThat(Json.number(after, "$.open")).isEqualTo(Json.number(before, "$.open") - 1);
            assertThat(Json.number(after, "$.closed")).isEqualTo(Json.number(before, "$.closed") + 1);

            String aliceId = Json.string(me, "$.user.id");
            JsonNode unassigned = alice.get("/api/tickets?view=unassigned&limit=1")
                    .body()
                    .get("items")
                    .get(0);
            alice.patch("/api/tickets/" + Json.string(unassigned, "$.id"), Map.of("assigneeId", aliceId));
            JsonNode mine = alice.get("/api/tickets?view=my&limit=200").body().get("items");
            assertThat(mine.toString()).contains(Json.string(unassigned, "$.id"));
            assertThat(alice.get("/api/tickets/counts").number("$.views.my")).isEqualTo(Json.number(after, "$.my") + 1);

            // two enabled automation rules; a new Billing ticket nobody took is assigned round-robin
            assertThat(alice.get("/api/automation/rules").strings("$.items[*].name"))
                    .containsExactly("Assign new Billing tickets round-robin", "Close tickets resolved for 3 days");
            assertThat(alice.get("/api/automation/rules").strings("$.items[*].enabled"))
                    .containsExactly("true", "true");
            String billing = alice.get("/api/queues")
                    .strings("$[?(@.name == 'Billing')].id")
                    .get(0);
            String invoice = alice.post("/api/tickets", Map.of("title", "Invoice twice", "queueId", billing))
                    .string("$.id");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(50))
                    .until(() -> !alice.get("/api/tickets/" + invoice)
                            .body()
                            .get("assignee")
                            .isNull());
        }
        try (ConfigurableApplicationContext restarted = start()) {
            Api alice = signIn(restarted, "alice@demo.test");
            assertThat(alice.get("/api/tickets/" + closedId).string("$.status")).isEqualTo("closed");
            JsonNode organisations = alice.get("/api/me").body().get("memberships");
            assertThat(organisations).hasSize(1);
        }
    }

    private static void assertDemoDataIsSpreadOverEverything(Api alice) {
        JsonNode tickets = alice.get("/api/tickets?limit=200").body().get("items");
        assertThat(tickets.size()).isBetween(35, 45);
        Set<String> statuses = new HashSet<>();
        Set<String> priorities = new HashSet<>();
        Set<String> queues = new HashSet<>();
        Set<String> assignees = new HashSet<>();
        for (JsonNode ticket : tickets) {
            statuses.add(Json.string(ticket, "$.status"));
            priorities.add(Json.string(ticket, "$.priority"));
            queues.add(Json.string(ticket, "$.queue.name"));
            assignees.add(ticket.get("assignee").isNull() ? "nobody" : Json.string(ticket, "$.assignee.email"));
        }
        assertThat(statuses).containsExactlyInAnyOrder("open", "in_progress", "pending", "resolved", "closed");
        assertThat(priorities).containsExactlyInAnyOrder("low", "medium", "high", "urgent");
        assertThat(queues).containsExactlyInAnyOrder("General", "Level 1 Support", "Billing");
        assertThat(assignees)
                .containsExactlyInAnyOrder("nobody", "admin@demo.test", "alice@demo.test", "bob@demo.test");
        JsonNode members = alice.get("/api/members").body();
        assertThat(members.toString()).contains("\"admin@demo.test\"", "\"role\":\"admin\"", "\"bob@demo.test\"");
    }

    private ConfigurableApplicationContext start() {
        assertThat(Files.isDirectory(dataDirectory)).isTrue();
        return new SpringApplicationBuilder(WorktrackrApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("worktrackr")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
    }

    private static Api signIn(ConfigurableApplicationContext app, String email) {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        Api api = Api.session(port);
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", DemoData.PASSWORD))
                        .status())
                .isEqualTo(200);
        return api;
    }
}
