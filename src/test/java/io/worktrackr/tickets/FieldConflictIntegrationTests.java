package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * PATCH with {@code expected}: conflicts field by field, over real HTTP (and real concurrent requests) on both
 * databases; {@code version} keeps its whole-ticket rule for scripts.
 */
class FieldConflictIntegrationTests extends IntegrationTest {

    Org org;
    User alice;
    User bob;
    String path;
    UUID ticketId;

    @BeforeEach
    void ticket() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        JsonNode ticket = org.ticket("Printer jammed");
        ticketId = UUID.fromString(Json.string(ticket, "$.id"));
        path = "/api/tickets/" + ticketId;
    }

    @Test
    void aChangeOfAnotherFieldDoesNotStandInTheWay() {
        assertThat(bob.api()
                        .patch(path, Map.of("priority", "urgent", "expected", Map.of("priority", "medium")))
                        .status())
                .isEqualTo(200);

        Api.Response alices = alice.api()
                .patch(
                        path,
                        Map.of("title", "Printer jammed on floor 2", "expected", Map.of("title", "Printer jammed")));

        assertThat(alices.status()).as(alices.toString()).isEqualTo(200);
        assertThat(alices.string("$.title")).isEqualTo("Printer jammed on floor 2");
        assertThat(alices.string("$.priority")).as("bob's change stays").isEqualTo("urgent");
        assertThat(alices.number("$.version")).isEqualTo(2);
    }

    @Test
    void theSameFieldChangedBySomeoneElseIsAConflictNamingTheFieldWhoAndWhat() {
        bob.api().patch(path, Map.of("title", "Printer on fire", "expected", Map.of("title", "Printer jammed")));

        Api.Response alices = alice.api()
                .patch(path, Map.of("title", "Printer out of paper", "expected", Map.of("title", "Printer jammed")));

        assertThat(alices.status()).isEqualTo(409);
        assertThat(alices.contentType()).startsWith("application/problem+json");
        assertThat(alices.string("$.type")).isEqualTo("https://worktrackr.io/problems/field-conflict");
        assertThat(alices.string("$.errors[0].field")).isEqualTo("title");
        assertThat(alices.size("$.conflicts")).isEqualTo(1);
        assertThat(alices.string("$.conflicts[0].field")).isEqualTo("title");
        assertThat(alices.string("$.conflicts[0].expected")).isEqualTo("Printer jammed");
        assertThat(alices.string("$.conflicts[0].yours")).isEqualTo("Printer out of paper");
        assertThat(alices.string("$.conflicts[0].theirs")).isEqualTo("Printer on fire");
        assertThat(alices.string("$.conflicts[0].changedBy.id"))
                .isEqualTo(bob.id().toString());
        assertThat(alices.string("$.conflicts[0].changedBy.name")).isEqualTo("Bob");
        assertThat(alices.string("$.conflicts[0].changedAt")).isNotBlank();
        assertThat(alices.string("$.detail")).contains("Bob changed the title of #", "to “Printer on fire”");
        assertThat(alices.string("$.ticket.title")).isEqualTo("Printer on fire");
        assertThat(alices.number("$.ticket.version")).as("nothing saved").isEqualTo(1);
        assertThat(titleChanges()).isEqualTo(1);
    }

    @Test
    void keepMineIsTheSameChangeExpectingTheirValue() {
        bob.api().patch(path, Map.of("title", "Printer on fire", "expected", Map.of("title", "Printer jammed")));

        Api.Response kept = alice.api()
                .patch(path, Map.of("title", "Printer out of paper", "expected", Map.of("title", "Printer on fire")));

        assertThat(kept.status()).isEqualTo(200);
        assertThat(alice.api().get(path).string("$.title")).isEqualTo("Printer out of paper");
    }

    @Test
    void aFieldSomeoneElseAlreadySetToTheSameValueIsNoConflict() {
        bob.api().patch(path, Map.of("status", "pending", "expected", Map.of("status", "open")));

        Api.Response alices =
                alice.api().patch(path, Map.of("status", "pending", "expected", Map.of("status", "open")));

        assertThat(alices.status()).isEqualTo(200);
        assertThat(alices.number("$.version")).as("nothing left to change").isEqualTo(1);
    }

    @Test
    void unassignedIsExpectedAsNull() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("assigneeId", null);
        Api.Response first = bob.api().patch(path, Map.of("assigneeId", bob.id().toString(), "expected", expected));
        Api.Response second =
                alice.api().patch(path, Map.of("assigneeId", alice.id().toString(), "expected", expected));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.string("$.conflicts[0].field")).isEqualTo("assigneeId");
        assertThat(second.string("$.conflicts[0].theirs")).isEqualTo(bob.id().toString());
        assertThat(second.string("$.conflicts[0].theirsLabel")).isEqualTo("Bob");
    }

    @Test
    void versionAloneKeepsItsWholeTicketRuleForScripts() {
        bob.api().patch(path, Map.of("priority", "high"));

        Api.Response script = alice.api().patch(path, Map.of("version", 0, "title", "Scripted"));

        assertThat(script.status()).isEqualTo(409);
        assertThat(script.string("$.type")).isEqualTo("https://worktrackr.io/problems/stale-ticket");
        assertThat(script.number("$.ticket.version")).isEqualTo(1);
        assertThat(alice.api()
                        .patch(path, Map.of("version", 1, "title", "Scripted"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void versionAndExpectedTogetherAreRefusedNamingExpected() {
        Api.Response both = alice.api()
                .patch(path, Map.of("version", 0, "title", "X", "expected", Map.of("title", "Printer jammed")));

        assertThat(both.status()).isEqualTo(422);
        assertThat(both.string("$.errors[0].field")).isEqualTo("expected");
    }

    @Test
    void anExpectedValueThatCannotBeAValueOfTheFieldIsRefusedNotAConflict() {
        Api.Response typo =
                alice.api().patch(path, Map.of("status", "pending", "expected", Map.of("status", "opened")));

        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.string("$.errors[0].field")).isEqualTo("expected.status");
    }

    @Test
    void aBulkItemInConflictRejectsTheWholeBulk() {
        JsonNode other = org.ticket("Second");
        bob.api().patch(path, Map.of("priority", "low"));

        Api.Response bulk = alice.api()
                .patch(
                        "/api/tickets/bulk",
                        List.of(
                                Map.of(
                                        "id",
                                        Json.string(other, "$.id"),
                                        "priority",
                                        "urgent",
                                        "expected",
                                        Map.of("priority", "medium")),
                                Map.of(
                                        "id",
                                        ticketId.toString(),
                                        "priority",
                                        "urgent",
                                        "expected",
                                        Map.of("priority", "medium"))));

        assertThat(bulk.status()).isEqualTo(422);
        assertThat(bulk.string("$.type")).isEqualTo("https://worktrackr.io/problems/bulk-rejected");
        assertThat(bulk.size("$.items")).isEqualTo(1);
        assertThat(bulk.number("$.items[0].index")).isEqualTo(1);
        assertThat(bulk.string("$.items[0].errors[0].field")).isEqualTo("priority");
        assertThat(bulk.string("$.items[0].ticket.priority")).isEqualTo("low");
        assertThat(alice.api().get("/api/tickets/" + Json.string(other, "$.id")).string("$.priority"))
                .as("all or nothing")
                .isEqualTo("medium");
    }

    @Test
    void aClosedTicketsFieldsAreReadOnlyUntilReopenedWhichMayHappenInTheSameRequest() {
        alice.api().patch(path, Map.of("status", "closed"));

        Api.Response refused = alice.api().patch(path, Map.of("priority", "high"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.string("$.type")).isEqualTo("https://worktrackr.io/problems/ticket-closed");
        assertThat(refused.string("$.errors[0].field")).isEqualTo("priority");
        assertThat(refused.string("$.detail")).contains("is closed: reopen it");

        Api.Response reopened = alice.api().patch(path, Map.of("status", "open", "priority", "high"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.string("$.status")).isEqualTo("open");
        assertThat(reopened.string("$.priority")).isEqualTo("high");
    }

    @Test
    void aForbiddenStatusMoveSaysItInWordsPeopleRead() {
        alice.api().patch(path, Map.of("status", "closed"));

        Api.Response refused = alice.api().patch(path, Map.of("status", "in_progress"));

        assertThat(refused.status()).isEqualTo(422);
        long number = alice.api().get(path).number("$.number");
        assertThat(refused.string("$.detail"))
                .isEqualTo("Cannot move #" + number + " from Closed to In Progress; it can move to Open.");
        assertThat(refused.string("$.errors[0].message")).doesNotContain("in_progress");
    }

    @Test
    void theDescriptionIsRenderedLikeCommentsOnTheTicketButNotInLists() {
        JsonNode ticket = org.ticket(Map.of(
                "title", "Markdown", "description", "**Bold** and [a link](https://example.test) <script>x</script>"));
        String id = Json.string(ticket, "$.id");

        String html = alice.api().get("/api/tickets/" + id).string("$.descriptionHtml");

        assertThat(html).contains("<strong>Bold</strong>", "href=\"https://example.test\"");
        assertThat(html).doesNotContain("<script");
        Api.Response comment = alice.api()
                .post(
                        "/api/tickets/" + id + "/comments",
                        Map.of("body", Json.string(ticket, "$.description"), "visibility", "public"));
        assertThat(comment.string("$.html"))
                .as("the same renderer and sanitiser")
                .isEqualTo(html);
        JsonNode listed =
                alice.api().get("/api/tickets?q=Markdown").body().get("items").get(0);
        assertThat(listed.get("descriptionHtml").isNull()).isTrue();
    }

    @Test
    void changesOfEveryFieldAtOnceFromSixAgentsAllSucceed() throws Exception {
        List<User> agents = new ArrayList<>(List.of(alice, bob));
        for (int i = 0; i < 4; i++) {
            agents.add(org.agent("Agent " + i));
        }
        UUID otherQueue =
                org.admin.api().post("/api/queues", Map.of("name", "Hardware")).uuid("$.id");
        for (int round = 0; round < 3; round++) {
            JsonNode now = alice.api().get(path).body();
            String r = "round " + round;
            String status = round % 2 == 0 ? "in_progress" : "pending";
            String priority = round % 2 == 0 ? "high" : "low";
            UUID assignee = agents.get(round).id();
            String queue = (round % 2 == 0 ? otherQueue : org.queues.get("General")).toString();
            Map<String, Object> unassigned = new HashMap<>();
            unassigned.put("assigneeId", now.get("assignee").isNull() ? null : Json.string(now, "$.assignee.id"));
            List<Callable<Api.Response>> calls = List.of(
                    () -> agents.get(0)
                            .api()
                            .patch(
                                    path,
                                    Map.of(
                                            "status",
                                            status,
                                            "expected",
                                            Map.of("status", Json.string(now, "$.status")))),
                    () -> agents.get(1)
                            .api()
                            .patch(
                                    path,
                                    Map.of(
                                            "priority",
                                            priority,
                                            "expected",
                                            Map.of("priority", Json.string(now, "$.priority")))),
                    () -> agents.get(2)
                            .api()
                            .patch(path, Map.of("assigneeId", assignee.toString(), "expected", unassigned)),
                    () -> agents.get(3)
                            .api()
                            .patch(
                                    path,
                                    Map.of(
                                            "queueId",
                                            queue,
                                            "expected",
                                            Map.of("queueId", Json.string(now, "$.queue.id")))),
                    () -> agents.get(4)
                            .api()
                            .patch(
                                    path,
                                    Map.of(
                                            "title",
                                            "Title " + r,
                                            "expected",
                                            Map.of("title", Json.string(now, "$.title")))),
                    () -> agents.get(5)
                            .api()
                            .patch(
                                    path,
                                    Map.of(
                                            "description",
                                            "Description " + r,
                                            "expected",
                                            Map.of("description", Json.string(now, "$.description")))));

            List<Api.Response> responses = simultaneously(calls);

            assertThat(responses).as(r).extracting(Api.Response::status).containsOnly(200);
            JsonNode after = alice.api().get(path).body();
            assertThat(Json.string(after, "$.status")).isEqualTo(status);
            assertThat(Json.string(after, "$.priority")).isEqualTo(priority);
            assertThat(Json.string(after, "$.assignee.id")).isEqualTo(assignee.toString());
            assertThat(Json.string(after, "$.queue.id")).isEqualTo(queue);
            assertThat(Json.string(after, "$.title")).isEqualTo("Title " + r);
            assertThat(Json.string(after, "$.description")).isEqualTo("Description " + r);
            assertThat(Json.number(after, "$.version")).isEqualTo(Json.number(now, "$.version") + 6);
        }
    }

    @Test
    void eightAgentsChangingTheSameFieldAtOnceExactlyOneWinsPerRoundTheOthersGetTheConflict() throws Exception {
        List<User> agents = new ArrayList<>(List.of(alice, bob));
        for (int i = 0; i < 6; i++) {
            agents.add(org.agent("Agent " + i));
        }
        for (int round = 0; round < 3; round++) {
            String seen = alice.api().get(path).string("$.title");
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                User agent = agents.get(i);
                String mine = "Round " + round + " by " + i;
                calls.add(() -> agent.api().patch(path, Map.of("title", mine, "expected", Map.of("title", seen))));
            }

            List<Api.Response> responses = simultaneously(calls);

            List<Api.Response> won =
                    responses.stream().filter(r -> r.status() == 200).toList();
            assertThat(won).as("round " + round + ": " + responses).hasSize(1);
            String winner = won.get(0).string("$.title");
            int winnerIndex = responses.indexOf(won.get(0));
            for (Api.Response lost : responses) {
                if (lost == won.get(0)) {
                    continue;
                }
                assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
                assertThat(lost.string("$.conflicts[0].field")).isEqualTo("title");
                assertThat(lost.string("$.conflicts[0].theirs")).isEqualTo(winner);
                assertThat(lost.string("$.conflicts[0].changedBy.id"))
                        .isEqualTo(agents.get(winnerIndex).id().toString());
            }
            assertThat(alice.api().get(path).string("$.title")).isEqualTo(winner);
        }
        assertThat(titleChanges()).as("one saved change per round").isEqualTo(3);
    }

    private long titleChanges() {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM activity_log WHERE ticket_id = :id AND action = 'changed' AND field = 'title'")
                .param("id", ticketId)
                .query(Long.class)
                .single();
    }

    private static List<Api.Response> simultaneously(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Callable<Api.Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
