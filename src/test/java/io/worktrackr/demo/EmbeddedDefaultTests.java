package io.worktrackr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
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
            assertThat(me.get("currentOrganisation").get("name").stringValue()).isEqualTo("Demo Support");
            assertDemoDataIsSpreadOverEverything(alice);

            JsonNode before = alice.get("/api/tickets/counts").body().get("views");
            JsonNode open = alice.get("/api/tickets?view=open&limit=1")
                    .body()
                    .get("items")
                    .get(0);
            closedId = open.get("id").stringValue();
            Api.Response bulk = alice.patch("/api/tickets/bulk", List.of(Map.of("id", closedId, "status", "closed")));
            assertThat(bulk.status()).isEqualTo(200);
            JsonNode after = alice.get("/api/tickets/counts").body().get("views");
            assertThat(after.get("open").longValue())
                    .isEqualTo(before.get("open").longValue() - 1);
            assertThat(after.get("closed").longValue())
                    .isEqualTo(before.get("closed").longValue() + 1);

            String aliceId = me.get("user").get("id").stringValue();
            JsonNode unassigned = alice.get("/api/tickets?view=unassigned&limit=1")
                    .body()
                    .get("items")
                    .get(0);
            alice.patch("/api/tickets/" + unassigned.get("id").stringValue(), Map.of("assigneeId", aliceId));
            JsonNode mine = alice.get("/api/tickets?view=my&limit=200").body().get("items");
            assertThat(mine.toString()).contains(unassigned.get("id").stringValue());
            assertThat(alice.get("/api/tickets/counts")
                            .body()
                            .get("views")
                            .get("my")
                            .longValue())
                    .isEqualTo(after.get("my").longValue() + 1);
        }
        try (ConfigurableApplicationContext restarted = start()) {
            Api alice = signIn(restarted, "alice@demo.test");
            assertThat(alice.get("/api/tickets/" + closedId)
                            .body()
                            .get("status")
                            .stringValue())
                    .isEqualTo("closed");
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
            statuses.add(ticket.get("status").stringValue());
            priorities.add(ticket.get("priority").stringValue());
            queues.add(ticket.get("queue").get("name").stringValue());
            assignees.add(
                    ticket.get("assignee").isNull()
                            ? "nobody"
                            : ticket.get("assignee").get("email").stringValue());
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
