package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Organisations are walls: another organisation's things answer exactly like things that do not exist. */
class CrossOrganisationIntegrationTests extends IntegrationTest {

    Org victim;
    User intruder;
    JsonNode ticket;
    String ticketPath;

    @BeforeEach
    void twoOrganisations() {
        victim = fixtures.organisation();
        ticket = victim.ticket(Map.of("title", "Secret", "description", "the launch code is 1234"));
        ticketPath = "/api/tickets/" + Json.string(ticket, "$.id");
        intruder = fixtures.organisation().agent("Mallory");
    }

    @Test
    void readingAnotherOrganisationsTicketIs404LikeAMissingOne() {
        Api.Response foreign = intruder.api().get(ticketPath);
        Api.Response missing = intruder.api().get("/api/tickets/" + UUID.randomUUID());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.string("$.title")).isEqualTo(missing.string("$.title"));
        assertThat(foreign.raw().body()).doesNotContain("Secret", "launch");
        assertThat(intruder.api()
                        .get("/api/tickets/number/" + Json.number(ticket, "$.number"))
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api()
                        .get("/api/ticket-numbers/" + Json.number(ticket, "$.number"))
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api().get(ticketPath + "/activity").status()).isEqualTo(404);
        // a later page of the trail is behind the same wall
        assertThat(intruder.api()
                        .get(ticketPath + "/activity?limit=1&cursor=" + Long.MAX_VALUE)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void changingAnotherOrganisationsTicketIs404AndChangesNothing() {
        assertThat(intruder.api().patch(ticketPath, Map.of("status", "closed")).status())
                .isEqualTo(404);
        Api.Response bulk = intruder.api()
                .patch("/api/tickets/bulk", List.of(Map.of("id", Json.string(ticket, "$.id"), "status", "closed")));
        assertThat(bulk.status()).isEqualTo(422);
        assertThat(bulk.string("$.items[0].errors[0].message")).contains("not found");

        assertThat(victim.admin.api().get(ticketPath).string("$.status")).isEqualTo("open");
        assertThat(victim.admin.api().get(ticketPath).number("$.version")).isZero();
    }

    @Test
    void listsCountsAndSearchesNeverShowAnotherOrganisationsTickets() {
        assertThat(intruder.api().get("/api/tickets?view=all").size("$.items")).isZero();
        assertThat(intruder.api().get("/api/tickets?q=Secret").size("$.items")).isZero();
        assertThat(intruder.api()
                        .get("/api/tickets?q=%23" + Json.number(ticket, "$.number"))
                        .size("$.items"))
                .isZero();
        assertThat(intruder.api().get("/api/tickets/counts").number("$.views.all"))
                .isZero();
        assertThat(intruder.api()
                        .get("/api/tickets?queueId=" + victim.queues.get("General"))
                        .size("$.items"))
                .isZero();
    }

    @Test
    void anotherOrganisationsQueuesAndPeopleCannotBeUsedOrSeen() {
        Api.Response intoForeignQueue = intruder.api()
                .post(
                        "/api/tickets",
                        Map.of(
                                "title",
                                "x",
                                "queueId",
                                victim.queues.get("General").toString()));
        Api.Response toForeignAssignee = intruder.api()
                .post(
                        "/api/tickets",
                        Map.of("title", "x", "assigneeId", victim.admin.id().toString()));
        Api.Response renameForeignQueue = fixtures.organisation()
                .admin
                .api()
                .patch("/api/queues/" + victim.queues.get("General"), Map.of("name", "Pwned"));

        assertThat(intoForeignQueue.status()).isEqualTo(422);
        assertThat(toForeignAssignee.status()).isEqualTo(422);
        assertThat(renameForeignQueue.status()).isEqualTo(404);
        assertThat(intruder.api().get("/api/members").raw().body()).doesNotContain(victim.admin.email());
        assertThat(intruder.api().get("/api/queues").body().toString())
                .doesNotContain(victim.queues.get("General").toString());
        assertThat(fixtures.organisation()
                        .admin
                        .api()
                        .patch("/api/members/" + victim.admin.id(), Map.of("role", "agent"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anotherOrganisationsNotificationsCannotBeReadOrMarked() {
        var victimAgent = victim.agent("Alice");
        assertThat(victim.admin
                        .api()
                        .patch(ticketPath, Map.of("assigneeId", victimAgent.id().toString()))
                        .status())
                .isEqualTo(200);
        String id = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(25))
                .until(
                        () -> victimAgent.api().get("/api/notifications").body().get("items"),
                        items -> items.size() == 1)
                .get(0)
                .get("id")
                .stringValue();

        assertThat(intruder.api().get("/api/notifications").raw().body())
                .doesNotContain(id)
                .doesNotContain("Secret");
        assertThat(intruder.api().get("/api/notifications/unread-count").number("$.count"))
                .isZero();
        assertThat(intruder.api()
                        .post("/api/notifications/" + id + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api()
                        .post("/api/notifications/read-all", Map.of("upToId", id))
                        .status())
                .isEqualTo(404);
        assertThat(victimAgent.api().get("/api/notifications/unread-count").number("$.count"))
                .isEqualTo(1);
    }

    @Test
    void anotherUsersApiTokenCannotBeRevoked() {
        JsonNode tokens = victim.admin.session().get("/api/me/tokens").body();
        String tokenId = Json.string(tokens, "$[0].id");

        assertThat(intruder.session().delete("/api/me/tokens/" + tokenId).status())
                .isEqualTo(404);
        assertThat(victim.admin.api().get("/api/me").status()).isEqualTo(200);
    }
}
