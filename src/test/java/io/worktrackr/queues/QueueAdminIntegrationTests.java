package io.worktrackr.queues;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
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

/** Archiving with and without moving the tickets, sidebar order and queue members (issue 9). */
class QueueAdminIntegrationTests extends IntegrationTest {

    @Test
    void archivingAQueueWithActiveTicketsAsksWhereToMoveThem() {
        Org org = fixtures.organisation();
        Api admin = org.admin.api();
        UUID billing = org.queues.get("Billing");
        UUID general = org.queues.get("General");
        JsonNode open = org.ticket(Map.of("title", "Open one", "queueId", billing.toString()));
        JsonNode pending = org.ticket(Map.of("title", "Pending one", "queueId", billing.toString()));
        admin.patch("/api/tickets/" + Json.string(pending, "$.id"), Map.of("status", "pending"));
        JsonNode closed = org.ticket(Map.of("title", "Closed one", "queueId", billing.toString()));
        admin.patch("/api/tickets/" + Json.string(closed, "$.id"), Map.of("status", "closed"));

        Api.Response refused = admin.patch("/api/queues/" + billing, Map.of("archived", true));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.string("$.type")).endsWith("/queue-not-empty");
        assertThat(refused.number("$.activeCount")).isEqualTo(2);
        assertThat(admin.get("/api/tickets/" + Json.string(open, "$.id")).string("$.queue.id"))
                .isEqualTo(billing.toString());

        Api.Response intoItself = admin.patch(
                "/api/queues/" + billing, Map.of("archived", true, "moveActiveTicketsTo", billing.toString()));
        assertThat(intoItself.status()).isEqualTo(422);
        assertThat(intoItself.string("$.errors[0].field")).isEqualTo("moveActiveTicketsTo");

        Api.Response archived = admin.patch(
                "/api/queues/" + billing, Map.of("archived", true, "moveActiveTicketsTo", general.toString()));
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(archived.bool("$.archived")).isTrue();
        assertThat(archived.number("$.activeCount")).isZero();

        assertThat(admin.get("/api/tickets/" + Json.string(open, "$.id")).string("$.queue.id"))
                .isEqualTo(general.toString());
        assertThat(admin.get("/api/tickets/" + Json.string(pending, "$.id")).string("$.queue.id"))
                .isEqualTo(general.toString());
        // closed tickets stay where they were, visible in the archived queue
        assertThat(admin.get("/api/tickets/" + Json.string(closed, "$.id")).string("$.queue.id"))
                .isEqualTo(billing.toString());
        assertThat(admin.get("/api/tickets/" + Json.string(open, "$.id") + "/activity")
                        .raw()
                        .body())
                .contains(general.toString());
        // the counts follow the move
        JsonNode queues = admin.get("/api/queues").body();
        assertThat(count(queues, general)).isEqualTo(2);
        assertThat(count(queues, billing)).isZero();
        assertThat(admin.get("/api/tickets/counts").raw().body()).isNotBlank();

        // an archived queue takes no new tickets, neither created nor moved in
        assertThat(admin.post("/api/tickets", Map.of("title", "x", "queueId", billing.toString()))
                        .status())
                .isEqualTo(422);
        assertThat(admin.patch("/api/tickets/" + Json.string(open, "$.id"), Map.of("queueId", billing.toString()))
                        .status())
                .isEqualTo(422);

        List<String> actions = admin.get("/api/audit").strings("$.items[*].action");
        assertThat(actions).contains("queue.archived", "queue.tickets_moved");

        Api.Response restored = admin.patch("/api/queues/" + billing, Map.of("archived", false));
        assertThat(restored.bool("$.archived")).isFalse();
        assertThat(admin.get("/api/audit").strings("$.items[*].action")).first().isEqualTo("queue.restored");
    }

    @Test
    void adminsReorderTheSidebar() {
        Org org = fixtures.organisation();
        Api admin = org.admin.api();
        Api.Response created = admin.post("/api/queues", Map.of("name", "Escalations"));
        assertThat(created.number("$.position")).isEqualTo(3);
        List<UUID> order = new ArrayList<>(List.of(
                created.uuid("$.id"),
                org.queues.get("Billing"),
                org.queues.get("General"),
                org.queues.get("Level 1 Support")));

        Api.Response reordered = admin.put("/api/queues/order", Map.of("queueIds", order));

        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.strings("$[*].name"))
                .containsExactly("Escalations", "Billing", "General", "Level 1 Support");
        assertThat(admin.get("/api/queues").strings("$[*].name"))
                .containsExactly("Escalations", "Billing", "General", "Level 1 Support");
        Api.Response incomplete = admin.put("/api/queues/order", Map.of("queueIds", order.subList(0, 2)));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.string("$.errors[0].field")).isEqualTo("queueIds");
        List<UUID> duplicated = List.of(order.get(0), order.get(0), order.get(2), order.get(3));
        assertThat(admin.put("/api/queues/order", Map.of("queueIds", duplicated))
                        .status())
                .isEqualTo(422);
        List<UUID> foreign =
                List.of(fixtures.organisation().queues.get("Billing"), order.get(1), order.get(2), order.get(3));
        assertThat(admin.put("/api/queues/order", Map.of("queueIds", foreign)).status())
                .isEqualTo(422);
        assertThat(admin.get("/api/queues").strings("$[*].name"))
                .as("a refused order changes nothing")
                .containsExactly("Escalations", "Billing", "General", "Level 1 Support");
        assertThat(org.agent("Agent")
                        .api()
                        .put("/api/queues/order", Map.of("queueIds", order))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void queueMembersAreActiveMembersAndTheirQueuesAreMarkedMine() {
        Org org = fixtures.organisation();
        User ann = org.agent("Ann");
        User ben = org.agent("Ben");
        UUID billing = org.queues.get("Billing");
        String path = "/api/queues/" + billing + "/members";

        Api.Response set = org.admin.api().put(path, Map.of("userIds", List.of(ben.id(), ann.id())));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.strings("$[*].name")).containsExactly("Ann", "Ben");
        assertThat(ann.api().get(path).strings("$[*].email")).containsExactly(ann.email(), ben.email());
        JsonNode annsQueues = ann.api().get("/api/queues").body();
        for (JsonNode queue : annsQueues) {
            assertThat(queue.get("mine").booleanValue())
                    .isEqualTo(Json.string(queue, "$.id").equals(billing.toString()));
        }

        User stranger = fixtures.organisation().agent("Stranger");
        Api.Response foreign = org.admin.api().put(path, Map.of("userIds", List.of(stranger.id())));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.string("$.errors[0].field")).isEqualTo("userIds");
        assertThat(ann.api().put(path, Map.of("userIds", List.of())).status()).isEqualTo(403);

        org.admin.api().patch("/api/members/" + ben.id(), Map.of("status", "deactivated"));
        assertThat(org.admin.api().get(path).strings("$[*].name")).containsExactly("Ann");
        Api.Response deactivated = org.admin.api().put(path, Map.of("userIds", List.of(ben.id())));
        assertThat(deactivated.status()).isEqualTo(422);

        assertThat(org.admin.api().get("/api/audit").strings("$.items[*].action"))
                .contains("queue.members_changed");
    }

    private static long count(JsonNode queues, UUID id) {
        for (JsonNode queue : queues) {
            if (Json.string(queue, "$.id").equals(id.toString())) {
                return Json.number(queue, "$.activeCount");
            }
        }
        throw new AssertionError("no queue " + id);
    }
}
