package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import io.worktrackr.testing.TestDatabases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TicketsIntegrationTests extends IntegrationTest {

    Org org;
    User alice;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
    }

    @Test
    void createdTicketIsOpenInTheDefaultQueueWithTheCreatorRecorded() {
        Api.Response created =
                alice.api().post("/api/tickets", Map.of("title", "Printer on fire", "description", "Help"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode ticket = created.body();
        assertThat(created.header("Location")).isEqualTo("/api/tickets/" + Json.string(ticket, "$.id"));
        assertThat(Json.string(ticket, "$.status")).isEqualTo("open");
        assertThat(Json.string(ticket, "$.priority")).isEqualTo("medium");
        assertThat(Json.string(ticket, "$.queue.name")).isEqualTo("General");
        assertThat(Json.string(ticket, "$.createdBy.id")).isEqualTo(alice.id().toString());
        assertThat(ticket.get("assignee").isNull()).isTrue();
        assertThat(Json.number(ticket, "$.number")).isEqualTo(1);
        assertThat(Json.number(ticket, "$.version")).isZero();
        assertThat(ticket.get("allowedStatuses").toString()).contains("in_progress", "closed");
    }

    @Test
    void newTicketsAndTheirActivityAppendToTheIdIndexesInCreationOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Json.string(org.ticket("Ticket " + i), "$.id"));
        }

        // time-ordered ids (common.Ids): a new row lands at the right edge of every index keyed on id
        assertThat(jdbc.sql("SELECT id FROM tickets WHERE organisation_id = :org ORDER BY id")
                        .param("org", org.id)
                        .query(String.class)
                        .list())
                .containsExactlyElementsOf(created);
        assertThat(jdbc.sql("SELECT ticket_id FROM activity_log WHERE organisation_id = :org ORDER BY id")
                        .param("org", org.id)
                        .query(String.class)
                        .list())
                .containsExactlyElementsOf(created);
    }

    @Test
    void ticketsReadBackByIdAndByNumber() {
        JsonNode ticket = org.ticket("Read me");

        JsonNode byId =
                alice.api().get("/api/tickets/" + Json.string(ticket, "$.id")).body();
        JsonNode byNumber = alice.api()
                .get("/api/tickets/number/" + Json.number(ticket, "$.number"))
                .body();

        assertThat(Json.string(byId, "$.title")).isEqualTo("Read me");
        assertThat(Json.string(byNumber, "$.id")).isEqualTo(Json.string(ticket, "$.id"));
    }

    @Test
    void theDocumentedNumberPathAnswersLikeTheFormerOne() {
        JsonNode ticket = org.ticket("Find me by number");
        long number = ticket.get("number").longValue();

        Api.Response documented = alice.api().get("/api/ticket-numbers/" + number);

        assertThat(documented.status()).isEqualTo(200);
        assertThat(documented.body())
                .isEqualTo(alice.api().get("/api/tickets/number/" + number).body());
        assertThat(alice.api().get("/api/ticket-numbers/999999").status()).isEqualTo(404);
    }

    @Test
    void createWithQueuePriorityAndAssignee() {
        JsonNode ticket = alice.api()
                .post(
                        "/api/tickets",
                        Map.of(
                                "title",
                                "Refund",
                                "description",
                                "",
                                "priority",
                                "urgent",
                                "queueId",
                                org.queues.get("Billing").toString(),
                                "assigneeId",
                                alice.id().toString()))
                .body();

        assertThat(Json.string(ticket, "$.priority")).isEqualTo("urgent");
        assertThat(Json.string(ticket, "$.queue.name")).isEqualTo("Billing");
        assertThat(Json.string(ticket, "$.assignee.email")).isEqualTo(alice.email());
    }

    @Test
    void statusChangePersistsStampsTimesAndIsLogged() {
        JsonNode ticket = org.ticket("Lifecycle");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");

        JsonNode resolved = alice.api()
                .patch(path, Map.of("version", 0, "status", "resolved"))
                .body();
        assertThat(Json.string(resolved, "$.status")).isEqualTo("resolved");
        assertThat(Json.number(resolved, "$.version")).isEqualTo(1);
        assertThat(resolved.get("resolvedAt").isNull()).isFalse();

        JsonNode closed = alice.api()
                .patch(path, Map.of("version", 1, "status", "closed"))
                .body();
        assertThat(closed.get("closedAt").isNull()).isFalse();

        JsonNode reopened =
                alice.api().patch(path, Map.of("version", 2, "status", "open")).body();
        assertThat(reopened.get("resolvedAt").isNull()).isTrue();
        assertThat(reopened.get("closedAt").isNull()).isTrue();

        assertThat(alice.api().get(path).string("$.status")).isEqualTo("open");
        JsonNode activity = alice.api().get(path + "/activity").body().get("items");
        assertThat(activity).hasSize(4);
        assertThat(Json.string(activity, "$[0].field")).isEqualTo("status");
        assertThat(Json.string(activity, "$[0].oldValue")).isEqualTo("closed");
        assertThat(Json.string(activity, "$[0].newValue")).isEqualTo("open");
        assertThat(Json.string(activity, "$[0].newLabel")).isEqualTo("Open");
        assertThat(Json.string(activity, "$[0].actor.id")).isEqualTo(alice.id().toString());
        assertThat(Json.string(activity, "$[3].action")).isEqualTo("created");
    }

    @Test
    void forbiddenTransitionIsRefusedNamingTheAllowedOnes() {
        JsonNode ticket = org.ticket("Closed for good");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        alice.api().patch(path, Map.of("status", "closed"));

        Api.Response refused = alice.api().patch(path, Map.of("status", "pending"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("allowed").toString()).isEqualTo("[\"open\"]");
        assertThat(refused.string("$.errors[0].field")).isEqualTo("status");
        assertThat(alice.api().get(path).string("$.status")).isEqualTo("closed");
    }

    @Test
    void everyChangedFieldIsOneActivityEntryAndANoOpWritesNothing() {
        JsonNode ticket = org.ticket("Many fields");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        Map<String, Object> changes = new HashMap<>();
        changes.put("version", 0);
        changes.put("title", "Renamed");
        changes.put("description", "New text");
        changes.put("priority", "high");
        changes.put("queueId", org.queues.get("Billing").toString());
        changes.put("assigneeId", alice.id().toString());
        changes.put("status", "in_progress");

        JsonNode changed = alice.api().patch(path, changes).body();
        changes.put("version", 1);
        JsonNode unchanged = alice.api().patch(path, changes).body();

        assertThat(Json.number(changed, "$.version")).isEqualTo(1);
        assertThat(Json.number(unchanged, "$.version")).isEqualTo(1);
        JsonNode activity = alice.api().get(path + "/activity").body().get("items");
        List<String> fields = new ArrayList<>();
        activity.forEach(entry -> fields.add(entry.get("field").isNull() ? "created" : Json.string(entry, "$.field")));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "created", "title", "description", "priority", "queue", "assignee", "status");
        JsonNode queueEntry = find(activity, "queue");
        assertThat(Json.string(queueEntry, "$.oldLabel")).isEqualTo("General");
        assertThat(Json.string(queueEntry, "$.newLabel")).isEqualTo("Billing");
        assertThat(find(activity, "assignee").get("newLabel").stringValue()).isEqualTo("Alice");
    }

    @Test
    void assigningFillsMyTicketsAndUnassigningReturnsToUnassigned() {
        JsonNode ticket = org.ticket("Assign me");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        long myBefore = counts(alice).get("views").get("my").longValue();

        alice.api().patch(path, Map.of("assigneeId", alice.id().toString()));
        assertThat(ids(alice.api().get("/api/tickets?view=my").body())).contains(Json.string(ticket, "$.id"));
        assertThat(counts(alice).get("views").get("my").longValue()).isEqualTo(myBefore + 1);
        assertThat(ids(alice.api().get("/api/tickets?view=unassigned").body()))
                .doesNotContain(Json.string(ticket, "$.id"));

        Map<String, Object> unassign = new HashMap<>();
        unassign.put("assigneeId", null);
        JsonNode unassigned = alice.api().patch(path, unassign).body();
        assertThat(unassigned.get("assignee").isNull()).isTrue();
        assertThat(ids(alice.api().get("/api/tickets?view=unassigned").body())).contains(Json.string(ticket, "$.id"));
        assertThat(counts(alice).get("views").get("my").longValue()).isEqualTo(myBefore);
    }

    @Test
    void assigneeMustBeAMemberOfTheOrganisation() {
        JsonNode ticket = org.ticket("Foreign assignee");
        User stranger = fixtures.organisation().admin;

        Api.Response refused = alice.api()
                .patch(
                        "/api/tickets/" + Json.string(ticket, "$.id"),
                        Map.of("assigneeId", stranger.id().toString()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.string("$.errors[0].field")).isEqualTo("assigneeId");
        assertThat(alice.api()
                        .get("/api/tickets/" + Json.string(ticket, "$.id"))
                        .body()
                        .get("assignee")
                        .isNull())
                .isTrue();
    }

    @Test
    void staleVersionIsAConflictCarryingTheCurrentTicket() {
        JsonNode ticket = org.ticket("Contended");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        org.admin.api().patch(path, Map.of("version", 0, "priority", "high"));

        Api.Response stale = alice.api().patch(path, Map.of("version", 0, "status", "closed"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.string("$.ticket.priority")).isEqualTo("high");
        assertThat(stale.number("$.ticket.version")).isEqualTo(1);
        assertThat(alice.api().get(path).string("$.status")).isEqualTo("open");
    }

    @Test
    void bulkUpdateAppliesEveryItemAndMovesCounts() {
        JsonNode first = org.ticket("Bulk one");
        JsonNode second = org.ticket("Bulk two");
        JsonNode before = counts(alice).get("views");

        Api.Response bulk = alice.api()
                .patch(
                        "/api/tickets/bulk",
                        List.of(
                                Map.of("id", Json.string(first, "$.id"), "status", "closed"),
                                Map.of("id", Json.string(second, "$.id"), "status", "closed", "version", 0)));

        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.body()).hasSize(2);
        assertThat(bulk.string("$[0].status")).isEqualTo("closed");
        JsonNode after = counts(alice).get("views");
        assertThat(Json.number(after, "$.open")).isEqualTo(Json.number(before, "$.open") - 2);
        assertThat(Json.number(after, "$.closed")).isEqualTo(Json.number(before, "$.closed") + 2);
        assertThat(alice.api().get("/api/tickets/" + Json.string(first, "$.id")).string("$.status"))
                .isEqualTo("closed");
    }

    @Test
    void bulkUpdateWithOneBadItemChangesNothingAndListsEveryFailure() {
        JsonNode good = org.ticket("Good");
        JsonNode stale = org.ticket("Stale");
        alice.api().patch("/api/tickets/" + Json.string(stale, "$.id"), Map.of("priority", "low"));
        long activityBefore = activityRows(org.id);

        Api.Response bulk = alice.api()
                .patch(
                        "/api/tickets/bulk",
                        List.of(
                                Map.of("id", Json.string(good, "$.id"), "status", "closed"),
                                Map.of("id", Json.string(stale, "$.id"), "status", "closed", "version", 0),
                                Map.of("id", UUID.randomUUID().toString(), "status", "closed"),
                                Map.of("id", Json.string(good, "$.id"), "priority", "whenever")));

        assertThat(bulk.status()).isEqualTo(422);
        JsonNode items = bulk.body().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("index").intValue()).isEqualTo(3);
        assertThat(Json.string(items, "$[0].errors[0].message")).contains("low, medium, high, urgent");

        Api.Response semanticFailures = alice.api()
                .patch(
                        "/api/tickets/bulk",
                        List.of(
                                Map.of("id", Json.string(good, "$.id"), "status", "closed"),
                                Map.of("id", Json.string(stale, "$.id"), "status", "closed", "version", 0),
                                Map.of("id", UUID.randomUUID().toString(), "status", "closed")));
        assertThat(semanticFailures.status()).isEqualTo(422);
        JsonNode failed = semanticFailures.body().get("items");
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0).get("index").intValue()).isEqualTo(1);
        assertThat(Json.number(failed, "$[0].ticket.version")).isEqualTo(1);
        assertThat(failed.get(1).get("index").intValue()).isEqualTo(2);
        assertThat(failed.get(1).has("ticket"))
                .as("only a stale item carries the current ticket")
                .isFalse();
        assertThat(semanticFailures.body().get("type").stringValue())
                .isEqualTo("https://worktrackr.io/problems/bulk-rejected");
        assertThat(semanticFailures.contentType()).startsWith("application/problem+json");

        assertThat(jdbc.sql("SELECT status FROM tickets WHERE id = :id")
                        .param("id", UUID.fromString(Json.string(good, "$.id")))
                        .query(String.class)
                        .single())
                .isEqualTo("open");
        assertThat(activityRows(org.id)).isEqualTo(activityBefore);
    }

    @Test
    void listsPageWithAStableKeysetCursor() {
        for (int i = 0; i < 7; i++) {
            org.ticket("Paged " + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = alice.api()
                    .get("/api/tickets?view=all&sort=number&limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .body();
            page.get("items").forEach(t -> seen.add(Json.string(t, "$.title")));
            cursor = page.get("nextCursor").isNull() ? null : Json.string(page, "$.nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("Paged 0", "Paged 1", "Paged 2", "Paged 3", "Paged 4", "Paged 5", "Paged 6");
    }

    @Test
    void filtersCombineWithViewsAndSearchMatchesNumberTitleAndDescription() {
        org.ticket(Map.of(
                "title",
                "Invoice wrong",
                "description",
                "x",
                "priority",
                "high",
                "queueId",
                org.queues.get("Billing").toString()));
        org.ticket(Map.of("title", "Other", "description", "mentions the INVOICE too", "priority", "low"));
        JsonNode third = org.ticket(Map.of("title", "Unrelated", "description", "nothing 100%"));

        assertThat(titles(alice.api().get("/api/tickets?q=invoice&sort=title").body()))
                .containsExactly("Invoice wrong", "Other");
        assertThat(titles(
                        alice.api().get("/api/tickets?q=invoice&priority=high").body()))
                .containsExactly("Invoice wrong");
        assertThat(titles(alice.api()
                        .get("/api/tickets?view=open&queueId=" + org.queues.get("Billing"))
                        .body()))
                .containsExactly("Invoice wrong");
        assertThat(titles(alice.api()
                        .get("/api/tickets?q=%23" + Json.number(third, "$.number"))
                        .body()))
                .contains("Unrelated");
        assertThat(titles(alice.api().get("/api/tickets?q=100%25").body())).containsExactly("Unrelated");
        assertThat(titles(alice.api().get("/api/tickets?view=closed").body())).isEmpty();
        assertThat(titles(alice.api()
                        .get("/api/tickets?priority=low,high&sort=-priority")
                        .body()))
                .containsExactly("Invoice wrong", "Other");
    }

    /** What a search reads is kept apart from the ticket (V115): an edit rewrites it, a status change leaves it. */
    @Test
    void aSearchFindsTheTextAsEditedAndAStatusChangeDoesNotRewriteIt() {
        JsonNode ticket = org.ticket(Map.of("title", "Printer jammed", "description", "on floor two"));
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        assertThat(alice.api()
                        .patch(path, Map.of("version", 0, "title", "Scanner jammed"))
                        .status())
                .isEqualTo(200);
        assertThat(alice.api()
                        .patch(path, Map.of("version", 1, "description", "on floor three"))
                        .status())
                .isEqualTo(200);

        assertThat(titles(alice.api().get("/api/tickets?q=printer").body())).isEmpty();
        assertThat(titles(alice.api().get("/api/tickets?q=floor%20two").body())).isEmpty();
        assertThat(titles(alice.api().get("/api/tickets?q=scanner").body())).containsExactly("Scanner jammed");
        assertThat(titles(alice.api().get("/api/tickets?q=floor%20three").body()))
                .containsExactly("Scanner jammed");

        String rowVersionBefore = searchTextRowVersion(Json.string(ticket, "$.id"));
        assertThat(alice.api()
                        .patch(path, Map.of("version", 2, "status", "pending"))
                        .status())
                .isEqualTo(200);
        assertThat(searchTextRowVersion(Json.string(ticket, "$.id"))).isEqualTo(rowVersionBefore);
        assertThat(titles(alice.api().get("/api/tickets?q=scanner&view=pending").body()))
                .containsExactly("Scanner jammed");
    }

    /** The search text row's physical version: PostgreSQL's xmin changes with every write of the row. */
    private String searchTextRowVersion(String ticketId) {
        return jdbc.sql(
                        TestDatabases.isPostgres()
                                ? "SELECT xmin::text || title || description FROM ticket_search_texts WHERE ticket_id = :id"
                                : "SELECT title || description FROM ticket_search_texts WHERE ticket_id = :id")
                .param("id", UUID.fromString(ticketId))
                .query(String.class)
                .single();
    }

    @Test
    void countsAgreeWithTheListOfEveryViewAndQueue() {
        JsonNode a = org.ticket("A");
        JsonNode b = org.ticket("B");
        org.ticket("C");
        alice.api()
                .patch(
                        "/api/tickets/" + Json.string(a, "$.id"),
                        Map.of("assigneeId", alice.id().toString(), "status", "pending"));
        alice.api().patch("/api/tickets/" + Json.string(b, "$.id"), Map.of("status", "resolved"));

        JsonNode counts = counts(alice);
        for (String view :
                List.of("my", "unassigned", "active", "open", "in_progress", "pending", "resolved", "closed", "all")) {
            int listed = alice.api()
                    .get("/api/tickets?limit=200&view=" + view)
                    .body()
                    .get("items")
                    .size();
            assertThat(counts.get("views").get(view).longValue()).as(view).isEqualTo(listed);
        }
        assertThat(Json.number(counts, "$.views.my")).isEqualTo(1);
        assertThat(Json.number(counts, "$.views.unassigned")).isEqualTo(1);
        for (JsonNode queue : counts.get("queues")) {
            int listed = alice.api()
                    .get("/api/tickets?view=active&queueId=" + Json.string(queue, "$.id"))
                    .body()
                    .get("items")
                    .size();
            assertThat(Json.number(queue, "$.count"))
                    .as(Json.string(queue, "$.name"))
                    .isEqualTo(listed);
        }
    }

    private long activityRows(UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Long.class)
                .single();
    }

    private static JsonNode counts(User user) {
        return user.api().get("/api/tickets/counts").body();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(t -> ids.add(Json.string(t, "$.id")));
        return ids;
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(t -> titles.add(Json.string(t, "$.title")));
        return titles;
    }

    private static JsonNode find(JsonNode activity, String field) {
        for (JsonNode entry : activity) {
            if (field.equals(Json.string(entry, "$.field"))) {
                return entry;
            }
        }
        throw new AssertionError("no " + field + " entry");
    }
}
