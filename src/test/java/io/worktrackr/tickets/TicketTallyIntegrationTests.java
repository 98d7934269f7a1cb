package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import tools.jackson.databind.JsonNode;

/**
 * The counts come from the ticket tally, not from the tickets: after any mix of changes — single and bulk,
 * rejected ones, concurrent ones — and before and after the fold job, every view's and queue's count must equal
 * its list, and the tally must equal a recount of the tickets themselves.
 */
class TicketTallyIntegrationTests extends IntegrationTest {

    private static final List<String> VIEWS = List.of(
            "my",
            "unassigned",
            "active",
            "open",
            "in_progress",
            "pending",
            "resolved",
            "closed",
            "all",
            "at_risk",
            "breached");

    /** Monday 1 June 2026, 10:00 UTC: inside the default policy's business hours. */
    private static final java.time.Instant MONDAY_10 = java.time.Instant.parse("2026-06-01T10:00:00Z");

    private static final List<String> STATUSES = List.of("open", "in_progress", "pending", "resolved", "closed");

    @Autowired
    TicketTallyFold fold;

    @Autowired
    TicketTally tally;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    TicketSlaStandings standings;

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    Org org;
    User alice;
    User bob;
    List<UUID> queues;
    List<String> tickets;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        org.admin.api().post("/api/queues", Map.of("name", "Hardware"));
        queues = new ArrayList<>();
        for (JsonNode queue : org.admin.api().get("/api/queues").body()) {
            queues.add(UUID.fromString(queue.get("id").stringValue()));
        }
        assertThat(queues).hasSizeGreaterThanOrEqualTo(2);
        tickets = new ArrayList<>();
    }

    @Test
    void everyCountEqualsItsListAfterRandomChangesAndAfterTheFold() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String because = "random seed " + seed;
        List<Api> apis = List.of(org.admin.api(), alice.api(), bob.api());

        for (int i = 0; i < 12; i++) {
            create(random, apis.get(random.nextInt(apis.size())));
        }
        for (int step = 0; step < 60; step++) {
            change(random, apis.get(random.nextInt(apis.size())));
            if (step % 20 == 19) {
                fold.fold(); // a fold in the middle of the history, with changes before and after it
            }
        }

        // a bulk update that fails on one item changes nothing, not even the tally of its valid items
        Map<String, Long> before = tallyOf(org.id);
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (String id : tickets.subList(0, 5)) {
            rejected.add(Map.of(
                    "id",
                    id,
                    "queueId",
                    queues.get(random.nextInt(queues.size())).toString(),
                    "assigneeId",
                    bob.id().toString()));
        }
        rejected.add(Map.of("id", UUID.randomUUID().toString(), "status", "closed"));
        assertThat(alice.api().patch("/api/tickets/bulk", rejected).status()).isEqualTo(422);
        assertThat(tallyOf(org.id)).as(because).isEqualTo(before);

        // several clients at once, singles and overlapping bulks
        List<Callable<Api.Response>> concurrent = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            Random own = new Random(random.nextLong());
            Api api = apis.get(t % apis.size());
            concurrent.add(() -> {
                Api.Response last = null;
                for (int n = 0; n < 8; n++) {
                    last = own.nextInt(4) == 0 ? bulk(own, api) : api.patch("/api/tickets/" + pick(own), patch(own));
                }
                return last;
            });
        }
        concurrent.add(() -> create(new Random(random.nextLong()), alice.api()));
        simultaneously(concurrent);

        assertCountsEqualLists(because);
        assertThat(pendingChanges(org.id)).as("changes wait for the fold").isPositive();

        fold.fold();

        assertThat(pendingChanges(org.id)).isZero();
        assertCountsEqualLists(because);
    }

    @Test
    void theFoldMovesEveryPendingChangeIntoOneRowPerGroupAndKeepsTheCounts() {
        for (int i = 0; i < 5; i++) {
            tickets.add(org.ticket("Fold " + i).get("id").stringValue());
        }
        for (String id : tickets) {
            org.admin.api().patch("/api/tickets/" + id, Map.of("status", "in_progress"));
        }
        org.admin.api().patch("/api/tickets/" + tickets.get(0), Map.of("status", "closed"));
        Map<String, Long> before = tallyOf(org.id);
        assertThat(pendingChanges(org.id)).isEqualTo(5 + 5 * 2 + 2);

        assertThat(fold.fold()).isGreaterThanOrEqualTo(17);

        assertThat(pendingChanges(org.id)).isZero();
        assertThat(tallyOf(org.id)).isEqualTo(before);
        // "open" emptied and was removed; what is left is one row per non-empty group
        assertThat(jdbc.sql("SELECT status, tickets FROM ticket_tally WHERE organisation_id = :org ORDER BY status")
                        .param("org", org.id)
                        .query((rs, row) -> rs.getString("status") + "=" + rs.getLong("tickets"))
                        .list())
                .containsExactly("closed=1", "in_progress=4");
        assertThat(fold.fold()).as("nothing left to fold").isZero();
        assertCountsEqualLists("after the fold");
    }

    @Test
    void aFoldWritesEachGroupOnceHoweverManyChangesItFolds() {
        String ticket = org.ticket("Busy group").get("id").stringValue();
        fold.fold();
        Map<String, Long> before = tallyOf(org.id);
        // a burst: 2,500 tickets enter the ticket's group and leave it again
        UUID queue = jdbc.sql("SELECT queue_id FROM tickets WHERE id = :id")
                .param("id", UUID.fromString(ticket))
                .query(UUID.class)
                .single();
        String enterAndLeave = "(:org, 'open', :queue, NULL, 'ok', 1), (:org, 'open', :queue, NULL, 'ok', -1)";
        jdbc.sql(
                        "INSERT INTO ticket_tally_changes (organisation_id, status, queue_id, assignee_id, sla_standing, delta)"
                                + " VALUES " + String.join(", ", java.util.Collections.nCopies(2_500, enterAndLeave)))
                .param("org", org.id)
                .param("queue", queue)
                .update();

        // one fold takes the whole burst (one MERGE: the busy group's row gets one new version, not one per chunk of
        // the burst). How many versions it wrote is not asserted here: the transaction's statistics also count the
        // groups of other tests' changes folded along, which come and go with the after-commit reactions
        Integer folded = transaction.execute(status -> tally.fold(TicketTallyFold.BATCH));
        assertThat(folded).isEqualTo(5_000);

        assertThat(tallyOf(org.id)).isEqualTo(before);
        assertCountsEqualLists("after a fold of a burst");
    }

    @Test
    void timeMovesTicketsToAtRiskAndBreachedAndTheCountsFollowBeforeAndAfterTheStandingJobWritesItDown() {
        clock.freeze(MONDAY_10);
        Api api = org.admin.api();
        // the default policy: urgent first response due 11:00, at risk from 10:45; the others later
        List<String> urgent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            urgent.add(created(api.post("/api/tickets", Map.of("title", "Urgent " + i, "priority", "urgent"))));
        }
        for (String priority : List.of("high", "medium", "low")) {
            created(api.post("/api/tickets", Map.of("title", "A " + priority + " one", "priority", priority)));
        }
        String assigned = urgent.get(0);
        api.patch("/api/tickets/" + assigned, Map.of("assigneeId", alice.id().toString()));
        assertCountsEqualLists("10:00");
        assertThat(api.get("/api/tickets/counts").number("$.views.at_risk")).isZero();

        // 10:50: nothing was written since, yet the three urgent tickets count as at risk, as their list shows them
        clock.set(MONDAY_10.plus(Duration.ofMinutes(50)));
        assertThat(api.get("/api/tickets/counts").number("$.views.at_risk")).isEqualTo(3);
        assertCountsEqualLists("10:50, before the job");
        standings.restand();
        assertThat(urgent).allSatisfy(id -> assertThat(storedStanding(id)).isEqualTo("at_risk"));
        assertThat(crossed(org.id)).isZero();
        assertCountsEqualLists("10:50, after the job");

        // 11:05: breached; a change writes its own ticket's standing, the job the others'
        clock.set(MONDAY_10.plus(Duration.ofMinutes(65)));
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isEqualTo(3);
        assertCountsEqualLists("11:05, before the job");
        api.patch("/api/tickets/" + assigned, Map.of("status", "in_progress"));
        assertThat(storedStanding(assigned)).isEqualTo("breached");
        assertCountsEqualLists("11:05, after a change");
        standings.restand();
        assertThat(urgent).allSatisfy(id -> assertThat(storedStanding(id)).isEqualTo("breached"));
        assertThat(crossed(org.id)).isZero();
        fold.fold();
        assertCountsEqualLists("11:05, after the job and the fold");
        assertThat(alice.api().get("/api/tickets/counts").number("$.views.breached"))
                .isEqualTo(3);

        // a clock that steps back (NTP, a node a little ahead of this one): the counts still follow the lists
        clock.set(MONDAY_10.plus(Duration.ofMinutes(50)));
        assertThat(api.get("/api/tickets/counts").number("$.views.at_risk")).isEqualTo(3);
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isZero();
        assertCountsEqualLists("back at 10:50");
        standings.restand();
        assertThat(urgent).allSatisfy(id -> assertThat(storedStanding(id)).isEqualTo("at_risk"));
        assertThat(crossed(org.id)).isZero();
        clock.set(MONDAY_10.plus(Duration.ofMinutes(65)));
        assertCountsEqualLists("11:05 again");

        // resolving leaves the SLA views: its clocks stop, and its standing is written with the change
        api.patch("/api/tickets/" + assigned, Map.of("status", "resolved"));
        assertThat(storedStanding(assigned)).isEqualTo("ok");
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isEqualTo(2);
        assertCountsEqualLists("after resolving one");
    }

    @Test
    void theStandingJobIsScheduledAndRunsOnOneNodeAtATime() throws Exception {
        var method = TicketSlaStandings.class.getMethod("restandOnSchedule");
        assertThat(method.getAnnotation(Scheduled.class).fixedDelayString())
                .isEqualTo("${worktrackr.tickets.sla-standing-interval:5s}");
        assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo(TicketSlaStandings.LOCK);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.string("$.id");
    }

    @Test
    void theFoldIsScheduledAndRunsOnOneNodeAtATime() throws Exception {
        assertThat(schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream()))
                .anySatisfy(scheduled -> {
                    assertThat(scheduled.getTask()).isInstanceOf(FixedDelayTask.class);
                    assertThat(String.valueOf(scheduled.getTask().getRunnable()))
                            .contains(TicketTallyFold.class.getName() + ".foldPendingChanges");
                });
        var method = TicketTallyFold.class.getMethod("foldPendingChanges");
        assertThat(method.getAnnotation(Scheduled.class).fixedDelayString())
                .isEqualTo("${worktrackr.tickets.tally-fold-interval:5s}");
        assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo(TicketTallyFold.LOCK);

        // another node holds the lock: this node's run folds nothing
        holdLock(OffsetDateTime.of(2999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        try {
            org.ticket("Waits for the lock");
            fold.foldPendingChanges();
            assertThat(pendingChanges(org.id)).isEqualTo(1);
        } finally {
            holdLock(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        }

        fold.foldPendingChanges();
        assertThat(pendingChanges(org.id)).isZero();
        assertThat(tallyOf(org.id).values()).containsExactly(1L);
    }

    // --- the random operations -----------------------------------------------------------------------------------

    private Api.Response create(Random random, Api api) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Random " + random.nextInt(1000));
        if (random.nextBoolean()) {
            body.put("queueId", queues.get(random.nextInt(queues.size())).toString());
        }
        UUID assignee = assignee(random);
        if (assignee != null) {
            body.put("assigneeId", assignee.toString());
        }
        Api.Response created = api.post("/api/tickets", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        synchronized (tickets) {
            tickets.add(created.body().get("id").stringValue());
        }
        return created;
    }

    private void change(Random random, Api api) {
        switch (random.nextInt(5)) {
            case 0 -> create(random, api);
            case 1 -> bulk(random, api);
            default -> api.patch("/api/tickets/" + pick(random), patch(random));
        }
    }

    /** A status change, a reassignment, a queue move or several at once; some are illegal transitions (refused). */
    private Map<String, Object> patch(Random random) {
        Map<String, Object> patch = new LinkedHashMap<>();
        do {
            if (random.nextInt(2) == 0) {
                patch.put("status", STATUSES.get(random.nextInt(STATUSES.size())));
            }
            if (random.nextInt(3) == 0) {
                patch.put("queueId", queues.get(random.nextInt(queues.size())).toString());
            }
            if (random.nextInt(3) == 0) {
                patch.put("assigneeId", assignee(random)); // null unassigns
            }
            if (random.nextInt(5) == 0) {
                patch.put("priority", "high");
            }
        } while (patch.isEmpty());
        return patch;
    }

    private Api.Response bulk(Random random, Api api) {
        List<Map<String, Object>> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1 + random.nextInt(4); ids.size() < n; ) {
            ids.add(pick(random));
        }
        for (String id : ids) {
            Map<String, Object> item = new LinkedHashMap<>(patch(random));
            item.put("id", id);
            items.add(item);
        }
        return api.patch("/api/tickets/bulk", items);
    }

    private UUID assignee(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> alice.id();
            case 1 -> bob.id();
            case 2 -> org.admin.id();
            default -> null;
        };
    }

    private String pick(Random random) {
        synchronized (tickets) {
            return tickets.get(random.nextInt(tickets.size()));
        }
    }

    // --- checks --------------------------------------------------------------------------------------------------

    private void assertCountsEqualLists(String because) {
        for (User user : List.of(alice, bob, org.admin)) {
            JsonNode counts = user.api().get("/api/tickets/counts").body();
            for (String view : VIEWS) {
                assertThat(counts.get("views").get(view).longValue())
                        .as(because + ": " + view)
                        .isEqualTo(listed(user, "view=" + view));
            }
            for (JsonNode queue : counts.get("queues")) {
                assertThat(queue.get("count").longValue())
                        .as(because + ": queue " + queue.get("name").stringValue())
                        .isEqualTo(listed(
                                user, "view=active&queueId=" + queue.get("id").stringValue()));
            }
        }
        for (JsonNode queue : alice.api().get("/api/queues").body()) {
            assertThat(queue.get("activeCount").longValue())
                    .as(because + ": /api/queues " + queue.get("name").stringValue())
                    .isEqualTo(listed(
                            alice, "view=active&queueId=" + queue.get("id").stringValue()));
        }
        // and the tally itself is exactly a recount of the tickets, group by group, with their SLA standing now
        Map<String, Long> recount = new HashMap<>();
        jdbc.sql("SELECT status, queue_id, assignee_id, standing, COUNT(*) AS n FROM (SELECT t.status, t.queue_id, "
                        + "t.assignee_id, " + SlaStanding.sqlOf() + " AS standing FROM tickets t "
                        + "WHERE t.organisation_id = :org) g GROUP BY status, queue_id, assignee_id, standing")
                .param("org", org.id)
                .param("now", io.worktrackr.common.JdbcTime.toDb(clock.instant()))
                .query(rs -> {
                    recount.put(
                            key(
                                    rs.getString("status"),
                                    rs.getObject("queue_id"),
                                    rs.getObject("assignee_id"),
                                    rs.getString("standing")),
                            rs.getLong("n"));
                });
        assertThat(tallyOf(org.id)).as(because).isEqualTo(recount);
    }

    /** How many tickets the list shows, following every page. */
    private static long listed(User user, String query) {
        long n = 0;
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            JsonNode body = user.api()
                    .get("/api/tickets?limit=200&" + query + (cursor == null ? "" : "&cursor=" + cursor))
                    .body();
            n += body.get("items").size();
            JsonNode next = body.get("nextCursor");
            if (next == null || next.isNull()) {
                return n;
            }
            cursor = next.stringValue();
        }
        throw new AssertionError("more than 100 pages");
    }

    private Map<String, Long> tallyOf(UUID organisationId) {
        Map<String, Long> groups = new HashMap<>();
        for (TicketTally.Count count : tally.counts(organisationId, clock.instant())) {
            groups.put(
                    key(
                            count.group().status().code(),
                            count.group().queueId(),
                            count.group().assigneeId(),
                            count.group().standing().code()),
                    count.tickets());
        }
        return groups;
    }

    private static String key(String status, Object queue, Object assignee, String standing) {
        return status + "/" + queue + "/" + assignee + "/" + standing;
    }

    /** The organisation's tickets whose stored SLA standing time has overtaken (what the counts move at read time). */
    private long crossed(UUID organisationId) {
        long n = 0;
        for (SlaStanding.Crossing crossing : SlaStanding.CROSSINGS) {
            n += SlaStanding.bind(
                            jdbc.sql("SELECT COUNT(*) FROM tickets t WHERE t.organisation_id = :org AND "
                                            + crossing.sql())
                                    .param("org", organisationId),
                            clock.instant())
                    .query(Long.class)
                    .single();
        }
        return n;
    }

    private String storedStanding(String ticketId) {
        return jdbc.sql("SELECT sla_standing FROM tickets WHERE id = :id")
                .param("id", UUID.fromString(ticketId))
                .query(String.class)
                .single();
    }

    private long pendingChanges(UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM ticket_tally_changes WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Long.class)
                .single();
    }

    private void holdLock(OffsetDateTime until) {
        jdbc.sql("DELETE FROM shedlock WHERE name = :name")
                .param("name", TicketTallyFold.LOCK)
                .update();
        jdbc.sql("""
                        INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
                        VALUES (:name, :until, :at, 'another-node')""")
                .param("name", TicketTallyFold.LOCK)
                .param("until", until.toLocalDateTime())
                .param("at", until.minusYears(1).toLocalDateTime())
                .update();
    }

    private static void simultaneously(List<Callable<Api.Response>> calls) throws Exception {
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
            for (Future<Api.Response> future : futures) {
                future.get(Duration.ofMinutes(2).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
