package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
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
        assertThat(created.header("Location"))
                .isEqualTo("/api/tickets/" + ticket.get("id").stringValue());
        assertThat(ticket.get("status").stringValue()).isEqualTo("open");
        assertThat(ticket.get("priority").stringValue()).isEqualTo("medium");
        assertThat(ticket.get("queue").get("name").stringValue()).isEqualTo("General");
        assertThat(ticket.get("createdBy").get("id").stringValue())
                .isEqualTo(alice.id().toString());
        assertThat(ticket.get("assignee").isNull()).isTrue();
        assertThat(ticket.get("number").longValue()).isEqualTo(1);
        assertThat(ticket.get("version").longValue()).isZero();
        assertThat(ticket.get("allowedStatuses").toString()).contains("in_progress", "closed");
    }

    @Test
    void ticketsReadBackByIdAndByNumber() {
        JsonNode ticket = org.ticket("Read me");

        JsonNode byId = alice.api()
                .get("/api/tickets/" + ticket.get("id").stringValue())
                .body();
        JsonNode byNumber = alice.api()
                .get("/api/tickets/number/" + ticket.get("number").longValue())
                .body();

        assertThat(byId.get("title").stringValue()).isEqualTo("Read me");
        assertThat(byNumber.get("id").stringValue()).isEqualTo(ticket.get("id").stringValue());
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

        assertThat(ticket.get("priority").stringValue()).isEqualTo("urgent");
        assertThat(ticket.get("queue").get("name").stringValue()).isEqualTo("Billing");
        assertThat(ticket.get("assignee").get("email").stringValue()).isEqualTo(alice.email());
    }

    @Test
    void statusChangePersistsStampsTimesAndIsLogged() {
        JsonNode ticket = org.ticket("Lifecycle");
        String path = "/api/tickets/" + ticket.get("id").stringValue();

        JsonNode resolved = alice.api()
                .patch(path, Map.of("version", 0, "status", "resolved"))
                .body();
        assertThat(resolved.get("status").stringValue()).isEqualTo("resolved");
        assertThat(resolved.get("version").longValue()).isEqualTo(1);
        assertThat(resolved.get("resolvedAt").isNull()).isFalse();

        JsonNode closed = alice.api()
                .patch(path, Map.of("version", 1, "status", "closed"))
                .body();
        assertThat(closed.get("closedAt").isNull()).isFalse();

        JsonNode reopened =
                alice.api().patch(path, Map.of("version", 2, "status", "open")).body();
        assertThat(reopened.get("resolvedAt").isNull()).isTrue();
        assertThat(reopened.get("closedAt").isNull()).isTrue();

        assertThat(alice.api().get(path).body().get("status").stringValue()).isEqualTo("open");
        JsonNode activity = alice.api().get(path + "/activity").body().get("items");
        assertThat(activity).hasSize(4);
        assertThat(activity.get(0).get("field").stringValue()).isEqualTo("status");
        assertThat(activity.get(0).get("oldValue").stringValue()).isEqualTo("closed");
        assertThat(activity.get(0).get("newValue").stringValue()).isEqualTo("open");
        assertThat(activity.get(0).get("newLabel").stringValue()).isEqualTo("Open");
        assertThat(activity.get(0).get("actor").get("id").stringValue())
                .isEqualTo(alice.id().toString());
        assertThat(activity.get(3).get("action").stringValue()).isEqualTo("created");
    }

    @Test
    void forbiddenTransitionIsRefusedNamingTheAllowedOnes() {
        JsonNode ticket = org.ticket("Closed for good");
        String path = "/api/tickets/" + ticket.get("id").stringValue();
        alice.api().patch(path, Map.of("status", "closed"));

        Api.Response refused = alice.api().patch(path, Map.of("status", "pending"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("allowed").toString()).isEqualTo("[\"open\"]");
        assertThat(refused.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("status");
        assertThat(alice.api().get(path).body().get("status").stringValue()).isEqualTo("closed");
    }

    @Test
    void everyChangedFieldIsOneActivityEntryAndANoOpWritesNothing() {
        JsonNode ticket = org.ticket("Many fields");
        String path = "/api/tickets/" + ticket.get("id").stringValue();
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

        assertThat(changed.get("version").longValue()).isEqualTo(1);
        assertThat(unchanged.get("version").longValue()).isEqualTo(1);
        JsonNode activity = alice.api().get(path + "/activity").body().get("items");
        List<String> fields = new ArrayList<>();
        activity.forEach(entry -> fields.add(
                entry.get("field").isNull() ? "created" : entry.get("field").stringValue()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "created", "title", "description", "priority", "queue", "assignee", "status");
        JsonNode queueEntry = find(activity, "queue");
        assertThat(queueEntry.get("oldLabel").stringValue()).isEqualTo("General");
        assertThat(queueEntry.get("newLabel").stringValue()).isEqualTo("Billing");
        assertThat(find(activity, "assignee").get("newLabel").stringValue()).isEqualTo("Alice");
    }

    @Test
    void assigningFillsMyTicketsAndUnassigningReturnsToUnassigned() {
        JsonNode ticket = org.ticket("Assign me");
        String path = "/api/tickets/" + ticket.get("id").stringValue();
        long myBefore = counts(alice).get("views").get("my").longValue();

        alice.api().patch(path, Map.of("assigneeId", alice.id().toString()));
        assertThat(ids(alice.api().get("/api/tickets?view=my").body()))
                .contains(ticket.get("id").stringValue());
        assertThat(counts(alice).get("views").get("my").longValue()).isEqualTo(myBefore + 1);
        assertThat(ids(alice.api().get("/api/tickets?view=unassigned").body()))
                .doesNotContain(ticket.get("id").stringValue());

        Map<String, Object> unassign = new HashMap<>();
        unassign.put("assigneeId", null);
        JsonNode unassigned = alice.api().patch(path, unassign).body();
        assertThat(unassigned.get("assignee").isNull()).isTrue();
        assertThat(ids(alice.api().get("/api/tickets?view=unassigned").body()))
                .contains(ticket.get("id").stringValue());
        assertThat(counts(alice).get("views").get("my").longValue()).isEqualTo(myBefore);
    }

    @Test
    void assigneeMustBeAMemberOfTheOrganisation() {
        JsonNode ticket = org.ticket("Foreign assignee");
        User stranger = fixtures.organisation().admin;

        Api.Response refused = alice.api()
                .patch(
                        "/api/tickets/" + ticket.get("id").stringValue(),
                        Map.of("assigneeId", stranger.id().toString()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("assigneeId");
        assertThat(alice.api()
                        .get("/api/tickets/" + ticket.get("id").stringValue())
                        .body()
                        .get("assignee")
                        .isNull())
                .isTrue();
    }

    @Test
    void staleVersionIsAConflictCarryingTheCurrentTicket() {
        JsonNode ticket = org.ticket("Contended");
        String path = "/api/tickets/" + ticket.get("id").stringValue();
        org.admin.api().patch(path, Map.of("version", 0, "priority", "high"));

        Api.Response stale = alice.api().patch(path, Map.of("version", 0, "status", "closed"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("ticket").get("priority").stringValue()).isEqualTo("high");
        assertThat(stale.body().get("ticket").get("version").longValue()).isEqualTo(1);
        assertThat(alice.api().get(path).body().get("status").stringValue()).isEqualTo("open");
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
                                Map.of("id", first.get("id").stringValue(), "status", "closed"),
                                Map.of("id", second.get("id").stringValue(), "status", "closed", "version", 0)));

        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.body()).hasSize(2);
        assertThat(bulk.body().get(0).get("status").stringValue()).isEqualTo("closed");
        JsonNode after = counts(alice).get("views");
        assertThat(after.get("open").longValue()).isEqualTo(before.get("open").longValue() - 2);
        assertThat(after.get("closed").longValue())
                .isEqualTo(before.get("closed").longValue() + 2);
        assertThat(alice.api()
                        .get("/api/tickets/" + first.get("id").stringValue())
                        .body()
                        .get("status")
                        .stringValue())
                .isEqualTo("closed");
    }

    @Test
    void bulkUpdateWithOneBadItemChangesNothingAndListsEveryFailure() {
        JsonNode good = org.ticket("Good");
        JsonNode stale = org.ticket("Stale");
        alice.api().patch("/api/tickets/" + stale.get("id").stringValue(), Map.of("priority", "low"));
        long activityBefore = activityRows(org.id);

        Api.Response bulk = alice.api()
                .patch(
                        "/api/tickets/bulk",
                        List.of(
                                Map.of("id", good.get("id").stringValue(), "status", "closed"),
                                Map.of("id", stale.get("id").stringValue(), "status", "closed", "version", 0),
                                Map.of("id", UUID.randomUUID().toString(), "status", "closed"),
                                Map.of("id", good.get("id").stringValue(), "priority", "whenever")));

        assertThat(bulk.status()).isEqualTo(422);
        JsonNode items = bulk.body().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("index").intValue()).isEqualTo(3);
        assertThat(items.get(0).get("errors").get(0).get("message").stringValue())
                .contains("low, medium, high, urgent");

        Api.Response semanticFailures = alice.api()
                .patch(
                        "/api/tickets/bulk",
                        List.of(
                                Map.of("id", good.get("id").stringValue(), "status", "closed"),
                                Map.of("id", stale.get("id").stringValue(), "status", "closed", "version", 0),
                                Map.of("id", UUID.randomUUID().toString(), "status", "closed")));
        assertThat(semanticFailures.status()).isEqualTo(422);
        JsonNode failed = semanticFailures.body().get("items");
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0).get("index").intValue()).isEqualTo(1);
        assertThat(failed.get(0).get("ticket").get("version").longValue()).isEqualTo(1);
        assertThat(failed.get(1).get("index").intValue()).isEqualTo(2);
        assertThat(failed.get(1).has("ticket"))
                .as("only a stale item carries the current ticket")
                .isFalse();
        assertThat(semanticFailures.body().get("type").stringValue())
                .isEqualTo("https://worktrackr.io/problems/bulk-rejected");
        assertThat(semanticFailures.contentType()).startsWith("application/problem+json");

        assertThat(jdbc.sql("SELECT status FROM tickets WHERE id = :id")
                        .param("id", UUID.fromString(good.get("id").stringValue()))
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
            page.get("items").forEach(t -> seen.add(t.get("title").stringValue()));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").stringValue();
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
                        .get("/api/tickets?q=%23" + third.get("number").longValue())
                        .body()))
                .contains("Unrelated");
        assertThat(titles(alice.api().get("/api/tickets?q=100%25").body())).containsExactly("Unrelated");
        assertThat(titles(alice.api().get("/api/tickets?view=closed").body())).isEmpty();
        assertThat(titles(alice.api()
                        .get("/api/tickets?priority=low,high&sort=-priority")
                        .body()))
                .containsExactly("Invoice wrong", "Other");
    }

    @Test
    void countsAgreeWithTheListOfEveryViewAndQueue() {
        JsonNode a = org.ticket("A");
        JsonNode b = org.ticket("B");
        org.ticket("C");
        alice.api()
                .patch(
                        "/api/tickets/" + a.get("id").stringValue(),
                        Map.of("assigneeId", alice.id().toString(), "status", "pending"));
        alice.api().patch("/api/tickets/" + b.get("id").stringValue(), Map.of("status", "resolved"));

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
        assertThat(counts.get("views").get("my").longValue()).isEqualTo(1);
        assertThat(counts.get("views").get("unassigned").longValue()).isEqualTo(1);
        for (JsonNode queue : counts.get("queues")) {
            int listed = alice.api()
                    .get("/api/tickets?view=active&queueId=" + queue.get("id").stringValue())
                    .body()
                    .get("items")
                    .size();
            assertThat(queue.get("count").longValue())
                    .as(queue.get("name").stringValue())
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
        page.get("items").forEach(t -> ids.add(t.get("id").stringValue()));
        return ids;
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(t -> titles.add(t.get("title").stringValue()));
        return titles;
    }

    private static JsonNode find(JsonNode activity, String field) {
        for (JsonNode entry : activity) {
            if (field.equals(entry.get("field").stringValue())) {
                return entry;
            }
        }
        throw new AssertionError("no " + field + " entry");
    }
}
