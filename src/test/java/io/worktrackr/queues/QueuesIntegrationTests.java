package io.worktrackr.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QueuesIntegrationTests extends IntegrationTest {

    @Test
    void queuesListWithTheirActiveTicketCounts() {
        Org org = fixtures.organisation();
        org.ticket(Map.of("title", "One", "queueId", org.queues.get("Billing").toString()));
        JsonNode closed = org.ticket(
                Map.of("title", "Two", "queueId", org.queues.get("Billing").toString()));
        org.admin.api().patch("/api/tickets/" + Json.string(closed, "$.id"), Map.of("status", "closed"));

        JsonNode billing = find(org.admin.api().get("/api/queues").body(), "Billing");

        assertThat(Json.number(billing, "$.activeCount")).isEqualTo(1);
    }

    @Test
    void adminsCreateRenameArchiveAndChooseTheDefault() {
        Org org = fixtures.organisation();
        Api admin = org.admin.api();

        Api.Response created = admin.post("/api/queues", Map.of("name", "Escalations"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.string("$.id");
        assertThat(admin.post("/api/queues", Map.of("name", "escalations")).status())
                .isEqualTo(409);

        assertThat(admin.patch("/api/queues/" + id, Map.of("name", "Tier 2")).string("$.name"))
                .isEqualTo("Tier 2");
        assertThat(admin.patch("/api/queues/" + id, Map.of("isDefault", true)).bool("$.isDefault"))
                .isTrue();
        assertThat(find(admin.get("/api/queues").body(), "General")
                        .get("isDefault")
                        .booleanValue())
                .isFalse();
        JsonNode ticket = org.ticket("Lands in the new default");
        assertThat(Json.string(ticket, "$.queue.name")).isEqualTo("Tier 2");

        Api.Response archiveDefault = admin.patch("/api/queues/" + id, Map.of("archived", true));
        assertThat(archiveDefault.status()).isEqualTo(422);
        Api.Response archived = admin.patch("/api/queues/" + org.queues.get("Billing"), Map.of("archived", true));
        assertThat(archived.bool("$.archived")).isTrue();
        Api.Response intoArchived = admin.post(
                "/api/tickets",
                Map.of("title", "x", "queueId", org.queues.get("Billing").toString()));
        assertThat(intoArchived.status()).isEqualTo(422);
        assertThat(intoArchived.string("$.errors[0].field")).isEqualTo("queueId");
    }

    @Test
    void agentsMayNotManageQueues() {
        Org org = fixtures.organisation();
        Api agent = org.agent("Agent").api();

        assertThat(agent.post("/api/queues", Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(agent.patch("/api/queues/" + org.queues.get("Billing"), Map.of("name", "Gone"))
                        .status())
                .isEqualTo(403);
        assertThat(agent.get("/api/queues").status()).isEqualTo(200);
    }

    @Test
    void theDatabaseRefusesASecondDefaultQueue() {
        Org org = fixtures.organisation();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO queues (id, organisation_id, name, name_key, is_default, archived, created_at)
                VALUES (:id, :org, 'Second default', 'second default', TRUE, FALSE, :now)""")
                        .param("id", UUID.randomUUID())
                        .param("org", org.id)
                        .param("now", OffsetDateTime.now())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private static JsonNode find(JsonNode queues, String name) {
        for (JsonNode queue : queues) {
            if (name.equals(Json.string(queue, "$.name"))) {
                return queue;
            }
        }
        throw new AssertionError("no queue " + name);
    }
}
