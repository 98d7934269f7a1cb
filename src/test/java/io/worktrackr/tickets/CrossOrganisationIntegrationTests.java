package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
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
        ticketPath = "/api/tickets/" + ticket.get("id").stringValue();
        intruder = fixtures.organisation().agent("Mallory");
    }

    @Test
    void readingAnotherOrganisationsTicketIs404LikeAMissingOne() {
        Api.Response foreign = intruder.api().get(ticketPath);
        Api.Response missing = intruder.api().get("/api/tickets/" + UUID.randomUUID());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().get("title").stringValue())
                .isEqualTo(missing.body().get("title").stringValue());
        assertThat(foreign.raw().body()).doesNotContain("Secret", "launch");
        assertThat(intruder.api()
                        .get("/api/tickets/number/" + ticket.get("number").longValue())
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api().get(ticketPath + "/activity").status()).isEqualTo(404);
    }

    @Test
    void changingAnotherOrganisationsTicketIs404AndChangesNothing() {
        assertThat(intruder.api().patch(ticketPath, Map.of("status", "closed")).status())
                .isEqualTo(404);
        Api.Response bulk = intruder.api()
                .patch(
                        "/api/tickets/bulk",
                        List.of(Map.of("id", ticket.get("id").stringValue(), "status", "closed")));
        assertThat(bulk.status()).isEqualTo(422);
        assertThat(bulk.body()
                        .get("items")
                        .get(0)
                        .get("errors")
                        .get(0)
                        .get("message")
                        .stringValue())
                .contains("not found");

        assertThat(victim.admin.api().get(ticketPath).body().get("status").stringValue())
                .isEqualTo("open");
        assertThat(victim.admin.api().get(ticketPath).body().get("version").longValue())
                .isZero();
    }

    @Test
    void listsCountsAndSearchesNeverShowAnotherOrganisationsTickets() {
        assertThat(intruder.api().get("/api/tickets?view=all").body().get("items"))
                .isEmpty();
        assertThat(intruder.api().get("/api/tickets?q=Secret").body().get("items"))
                .isEmpty();
        assertThat(intruder.api()
                        .get("/api/tickets?q=%23" + ticket.get("number").longValue())
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(intruder.api()
                        .get("/api/tickets/counts")
                        .body()
                        .get("views")
                        .get("all")
                        .longValue())
                .isZero();
        assertThat(intruder.api()
                        .get("/api/tickets?queueId=" + victim.queues.get("General"))
                        .body()
                        .get("items"))
                .isEmpty();
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
    void anotherUsersApiTokenCannotBeRevoked() {
        JsonNode tokens = victim.admin.session().get("/api/me/tokens").body();
        String tokenId = tokens.get(0).get("id").stringValue();

        assertThat(intruder.session().delete("/api/me/tokens/" + tokenId).status())
                .isEqualTo(404);
        assertThat(victim.admin.api().get("/api/me").status()).isEqualTo(200);
    }
}
