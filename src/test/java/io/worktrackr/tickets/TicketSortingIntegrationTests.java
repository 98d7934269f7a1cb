package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every sort the list offers, both ways, pages through ties without losing or repeating a ticket: the pages of a
 * keyset cursor put together are the one big page, and the big page is in the sort's order with ties broken by id.
 */
class TicketSortingIntegrationTests extends IntegrationTest {

    private static final List<String> SORTS =
            List.of("updated", "created", "number", "priority", "status", "title", "assignee", "queue");

    Org org;
    User alice;
    User bob;

    @BeforeEach
    void ticketsWithManyTies() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        // few distinct titles, priorities and statuses, so that every sort has long runs of equal keys
        String[] titles = {"banana", "apple", "cherry", "banana", "apple"};
        String[] priorities = {"low", "medium", "high", "urgent"};
        String[] statuses = {"open", "in_progress", "pending", "resolved", "closed", "open"};
        String billing = org.queues.get("Billing").toString();
        for (int i = 0; i < 17; i++) {
            JsonNode ticket = org.ticket(Map.of(
                    "title",
                    titles[i % titles.length],
                    "description",
                    "d",
                    "priority",
                    priorities[i % priorities.length],
                    "queueId",
                    i % 2 == 0 ? billing : org.queues.get("General").toString(),
                    "assigneeId",
                    (i % 3 == 0 ? alice : bob).id().toString()));
            if (i % 4 == 1) {
                // a quarter unassigned: "by assignee" has a run of tickets without a name
                Map<String, Object> unassign = new java.util.HashMap<>();
                unassign.put("assigneeId", null);
                unassign.put("version", ticket.get("version"));
                JsonNode changed = org.admin
                        .api()
                        .patch("/api/tickets/" + ticket.get("id").stringValue(), unassign)
                        .body();
                ticket = changed;
            }
            String status = statuses[i % statuses.length];
            if (!status.equals("open")) {
                Map<String, Object> change = Map.of("status", status, "version", ticket.get("version"));
                assertThat(org.admin
                                .api()
                                .patch("/api/tickets/" + ticket.get("id").stringValue(), change)
                                .status())
                        .isEqualTo(200);
            }
        }
        // equal instants as well: a third of the tickets share their created and updated time
        OffsetDateTime same = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        jdbc.sql(
                        "UPDATE tickets SET created_at = :at, updated_at = :at WHERE organisation_id = :org AND MOD(number, 3) = 0")
                .param("at", same)
                .param("org", org.id)
                .update();
    }

    @Test
    void everySortPagesThroughTiesInBothDirectionsExactlyAsOneBigPage() {
        for (String sort : SORTS) {
            for (String order : List.of(sort, "-" + sort)) {
                for (String filter : List.of(
                        "view=all",
                        "view=active",
                        "view=my",
                        "view=closed",
                        "view=all&priority=high",
                        "view=active&assigneeId=none",
                        "view=all&status=open,closed")) {
                    String query = filter + "&sort=" + order;
                    List<JsonNode> onePage = onePage(query);
                    assertThat(ids(onePage)).as(query).isEqualTo(ids(pagesOf(query, 3)));
                    List<JsonNode> expected = new ArrayList<>(onePage);
                    expected.sort(order(order));
                    assertThat(ids(onePage)).as(query).isEqualTo(ids(expected));
                }
            }
        }
        assertThat(onePage("view=all")).hasSize(17);
        assertThat(onePage("view=closed&sort=title")).isNotEmpty();
    }

    @Test
    void prioritiesAndStatusesSortByTheirRankNotTheirName() {
        assertThat(onePage("view=all&sort=-priority").stream()
                        .map(t -> t.get("priority").stringValue())
                        .distinct())
                .containsExactly("urgent", "high", "medium", "low");
        assertThat(onePage("view=all&sort=status").stream()
                        .map(t -> t.get("status").stringValue())
                        .distinct())
                .containsExactly("open", "in_progress", "pending", "resolved", "closed");
    }

    @Test
    void assigneesAndQueuesSortByNameUnassignedFirst() {
        assertThat(onePage("view=all&sort=assignee").stream()
                        .map(TicketSortingIntegrationTests::assigneeName)
                        .distinct())
                .containsExactly("", "Alice", "Bob");
        assertThat(onePage("view=all&sort=-assignee").stream()
                        .map(TicketSortingIntegrationTests::assigneeName)
                        .distinct())
                .containsExactly("Bob", "Alice", "");
        assertThat(onePage("view=all&sort=queue").stream()
                        .map(t -> t.get("queue").get("name").stringValue())
                        .distinct())
                .containsExactly("Billing", "General");
    }

    @Test
    void renamingAPersonOrAQueueMovesTheirTicketsInTheSortAfterwards() {
        // "Alice" becomes "Zoe": her tickets move behind Bob's once the rename has been carried to the rows
        assertThat(alice.session().patch("/api/me", Map.of("name", "Zoe")).status())
                .isEqualTo(200);
        assertThat(org.admin
                        .api()
                        .patch("/api/queues/" + org.queues.get("Billing"), Map.of("name", "Zebra billing"))
                        .status())
                .isEqualTo(200);
        await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(25))
                .untilAsserted(() -> {
                    assertThat(onePage("view=all&sort=assignee").stream()
                                    .map(TicketSortingIntegrationTests::assigneeName)
                                    .distinct())
                            .containsExactly("", "Bob", "Zoe");
                    assertThat(onePage("view=all&sort=queue").stream()
                                    .map(t -> t.get("queue").get("name").stringValue())
                                    .distinct())
                            .containsExactly("General", "Zebra billing");
                });
    }

    @Test
    void statusesCombineAndUnassignedNarrowsTheList() {
        List<JsonNode> openOrClosed = onePage("view=all&status=open,closed");
        assertThat(openOrClosed).isNotEmpty();
        assertThat(openOrClosed)
                .allSatisfy(t -> assertThat(t.get("status").stringValue()).isIn("open", "closed"));
        assertThat(openOrClosed.stream().map(t -> t.get("status").stringValue()).distinct())
                .hasSize(2);
        List<JsonNode> unassigned = onePage("view=all&assigneeId=none");
        assertThat(unassigned).hasSize(4);
        assertThat(unassigned)
                .allSatisfy(t -> assertThat(t.get("assignee").isNull()).isTrue());
        // the same tickets the unassigned view holds, where the view and the filter agree
        assertThat(ids(onePage("view=active&assigneeId=none"))).isEqualTo(ids(onePage("view=unassigned")));
    }

    @Test
    void badListParametersAreRefusedNamingTheParameter() {
        Map<String, String> refusals = Map.of(
                "view=all&status=open,done", "status",
                "view=all&assigneeId=nobody", "assigneeId",
                "view=all&sort=-assignees", "sort");
        refusals.forEach((query, field) -> {
            var response = alice.api().get("/api/tickets?" + query);
            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.string("$.type")).as(query).endsWith("/invalid-input");
            assertThat(response.string("$.errors[0].field")).as(query).isEqualTo(field);
        });
        assertThat(alice.api().get("/api/tickets?view=all&assigneeId=nobody").string("$.errors[0].message"))
                .contains("none");
    }

    private static String assigneeName(JsonNode ticket) {
        JsonNode assignee = ticket.get("assignee");
        return assignee == null || assignee.isNull() ? "" : assignee.get("name").stringValue();
    }

    private List<JsonNode> onePage(String query) {
        JsonNode page = alice.api().get("/api/tickets?limit=200&" + query).body();
        assertThat(page.get("nextCursor").isNull()).as(query).isTrue();
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private List<JsonNode> pagesOf(String query, int size) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 50; pages++) {
            JsonNode page = alice.api()
                    .get("/api/tickets?limit=" + size + "&" + query + (cursor == null ? "" : "&cursor=" + cursor))
                    .body();
            page.get("items").forEach(items::add);
            assertThat(page.get("items").size()).as(query).isLessThanOrEqualTo(size);
            if (page.get("nextCursor").isNull()) {
                return items;
            }
            cursor = page.get("nextCursor").stringValue();
        }
        throw new AssertionError("more than 50 pages for " + query);
    }

    private static List<String> ids(List<JsonNode> tickets) {
        return tickets.stream().map(t -> t.get("id").stringValue()).toList();
    }

    /** The order the server promises: the key, then the id (as both databases compare UUIDs: byte by byte). */
    private static Comparator<JsonNode> order(String code) {
        boolean descending = code.startsWith("-");
        Comparator<JsonNode> byKey = switch (code.replace("-", "")) {
            case "updated" -> Comparator.comparing(instant("updatedAt"));
            case "created" -> Comparator.comparing(instant("createdAt"));
            case "number" -> Comparator.comparingLong(t -> t.get("number").longValue());
            case "priority" ->
                Comparator.comparingInt(t -> List.of("low", "medium", "high", "urgent")
                        .indexOf(t.get("priority").stringValue()));
            case "status" ->
                Comparator.comparingInt(t -> List.of("open", "in_progress", "pending", "resolved", "closed")
                        .indexOf(t.get("status").stringValue()));
            case "title" -> Comparator.comparing(t -> t.get("title").stringValue());
            case "assignee" -> Comparator.comparing(t -> assigneeName(t).toLowerCase(java.util.Locale.ROOT));
            case "queue" ->
                Comparator.comparing(
                        t -> t.get("queue").get("name").stringValue().toLowerCase(java.util.Locale.ROOT));
            default -> throw new IllegalArgumentException(code);
        };
        Comparator<JsonNode> whole = byKey.thenComparing(t -> t.get("id").stringValue());
        return descending ? whole.reversed() : whole;
    }

    private static Function<JsonNode, Instant> instant(String field) {
        return t -> Instant.parse(t.get(field).stringValue());
    }
}
