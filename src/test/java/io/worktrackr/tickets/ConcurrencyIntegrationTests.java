package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Real concurrent HTTP requests against one server and one database. */
class ConcurrencyIntegrationTests extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void twoSimultaneousUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        Org org = fixtures.organisation();
        JsonNode ticket = org.ticket("Race");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        Api alice = org.agent("Alice").api();
        Api bob = org.agent("Bob").api();

        List<Api.Response> responses = simultaneously(List.of(
                () -> alice.patch(path, Map.of("version", 0, "status", "closed")),
                () -> bob.patch(path, Map.of("version", 0, "priority", "urgent"))));

        assertThat(responses).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        JsonNode now = org.admin.api().get(path).body();
        assertThat(Json.number(now, "$.version")).isEqualTo(1);
        Api.Response winner =
                responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        boolean aliceWon = winner.string("$.status").equals("closed");
        assertThat(Json.string(now, "$.status")).isEqualTo(aliceWon ? "closed" : "open");
        assertThat(Json.string(now, "$.priority")).isEqualTo(aliceWon ? "medium" : "urgent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE ticket_id = :id AND action = 'changed'")
                        .param("id", UUID.fromString(Json.string(ticket, "$.id")))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void fiftySimultaneousCreationsGetNumbersOneToFiftyWithoutGapsOrDuplicates() throws Exception {
        Org org = fixtures.organisation();
        Api api = org.admin.api();
        List<Callable<Api.Response>> creations = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            creations.add(() -> api.post("/api/tickets", Map.of("title", "Concurrent " + n)));
        }

        List<Api.Response> responses = simultaneously(creations);

        assertThat(responses).extracting(Api.Response::status).containsOnly(201);
        List<Long> numbers =
                responses.stream().map(r -> r.number("$.number")).sorted().toList();
        assertThat(numbers)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT number) FROM tickets WHERE organisation_id = :org")
                        .param("org", org.id)
                        .query(Long.class)
                        .single())
                .isEqualTo(50);
    }

    @Test
    void aCreationStillBeingWrittenDoesNotHoldUpTheNextOne() throws Exception {
        Org org = fixtures.organisation();
        Api api = org.admin.api();
        UUID template = UUID.fromString(Json.string(org.ticket("Template"), "$.id"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection blocker = dataSource.getConnection()) {
            // the test's own transaction writes a row with the next number (#2), uncommitted: the first creation takes
            // #2 and then waits at its ticket's insert until that transaction ends
            blocker.setAutoCommit(false);
            try (PreparedStatement claim = blocker.prepareStatement("INSERT INTO tickets (" + TICKET_COLUMNS
                    + ") SELECT ?, " + TICKET_COLUMNS.replace("id, organisation_id, number,", "organisation_id, 2,")
                    + " FROM tickets WHERE id = ?")) {
                claim.setObject(1, UUID.randomUUID());
                claim.setObject(2, template);
                assertThat(claim.executeUpdate()).isEqualTo(1);
            }
            Future<Api.Response> first = pool.submit(() -> api.post("/api/tickets", Map.of("title", "First")));
            awaitCounter(org.id, 2);

            Api.Response second = pool.submit(() -> api.post("/api/tickets", Map.of("title", "Second")))
                    .get(30, TimeUnit.SECONDS);

            assertThat(second.status()).as(second.toString()).isEqualTo(201);
            assertThat(second.number("$.number")).isEqualTo(3);
            assertThat(first)
                    .as("the first creation is still waiting at its insert")
                    .isNotDone();
            blocker.rollback();
            Api.Response firstDone = first.get(30, TimeUnit.SECONDS);
            assertThat(firstDone.status()).as(firstDone.toString()).isEqualTo(201);
            assertThat(firstDone.number("$.number")).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String TICKET_COLUMNS =
            "id, organisation_id, number, queue_id, created_by, assignee_id, title, description, status, priority, "
                    + "version, created_at, updated_at, status_since, assignee_since, assignee_sort_key, "
                    + "queue_sort_key, sla_standing";

    private void awaitCounter(UUID organisationId, long number) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("SELECT last_number FROM ticket_number_counters WHERE organisation_id = :org")
                        .param("org", organisationId)
                        .query(Long.class)
                        .single()
                < number) {
            assertThat(System.nanoTime())
                    .as("number %d taken and committed", number)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void overlappingBulkUpdatesRunOneAfterTheOtherWithoutDeadlockOrLostChanges() throws Exception {
        Org org = fixtures.organisation();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(org.ticket("Bulk " + i).get("id").stringValue());
        }
        // resolve, not close: a closed ticket's priority is read-only (TicketStatus.editable), so "close" and "make
        // urgent" would no longer both succeed in either order
        List<Map<String, Object>> close = ids.stream()
                .map(id -> Map.<String, Object>of("id", id, "status", "resolved"))
                .toList();
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        List<Map<String, Object>> urgent = reversed.stream()
                .map(id -> Map.<String, Object>of("id", id, "priority", "urgent"))
                .toList();
        Api alice = org.agent("Alice").api();
        Api bob = org.agent("Bob").api();

        List<Api.Response> responses = simultaneously(
                List.of(() -> alice.patch("/api/tickets/bulk", close), () -> bob.patch("/api/tickets/bulk", urgent)));

        assertThat(responses).extracting(Api.Response::status).containsOnly(200);
        for (JsonNode ticket :
                org.admin.api().get("/api/tickets?limit=200").body().get("items")) {
            assertThat(Json.string(ticket, "$.status")).isEqualTo("resolved");
            assertThat(Json.string(ticket, "$.priority")).isEqualTo("urgent");
            assertThat(Json.number(ticket, "$.version")).isEqualTo(2);
        }
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
