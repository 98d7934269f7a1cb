package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.IntegrationTest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Rule 7: a policy or calendar change applies to open tickets through the background recompute: queued in the
 * admin's transaction, recomputed in batches by the job, exactly once however many runs (nodes) claim at once,
 * met clocks never rewritten, each moved due instant recorded in the activity log.
 */
class SlaRecomputeIntegrationTests extends IntegrationTest {

    /** Monday 1 June 2026, 10:00 UTC. */
    private static final Instant MONDAY_10 = Instant.parse("2026-06-01T10:00:00Z");

    private static final int MORE_OPEN_TICKETS = 24;

    @Autowired
    SlaRecompute recompute;

    private static Map<String, Object> targets(int first, int resolution) {
        return Map.of("firstResponseMinutes", first, "resolutionMinutes", resolution);
    }

    private static Map<String, Object> policy(String calendarId, int urgentFirst, int urgentResolution) {
        return Map.of(
                "name",
                "Default",
                "calendarId",
                calendarId,
                "targets",
                Map.of(
                        "urgent", targets(urgentFirst, urgentResolution),
                        "high", targets(240, 480),
                        "medium", targets(480, 1440),
                        "low", targets(480, 2400)));
    }

    private long entries(String ticketId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE ticket_id = CAST(:t AS UUID) "
                        + "AND action = 'sla_due_moved' AND field = :k AND actor_id IS NULL")
                .param("t", ticketId)
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    private static Instant due(Api.Response ticket, String clock) {
        return Instant.parse(ticket.string("$.sla." + clock + ".dueAt"));
    }

    /** Every "node" claims at the same moment; answers how many tickets each recomputed. */
    private List<Integer> runConcurrently(int nodes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                runs.add(recompute::recompute);
            }
            List<Integer> done = new ArrayList<>();
            for (Future<Integer> run : pool.invokeAll(runs)) {
                done.add(run.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPolicyChangeRecomputesOpenTicketsOnceInTheBackgroundAndNeverTouchesMetClocks() throws Exception {
        // the queue is the whole installation's: what other tests' policy changes left in it goes first
        recompute.recompute();
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        Api admin = org.admin.api();
        String open = org.ticket(Map.of("title", "Printer on fire", "priority", "urgent"))
                .get("id")
                .stringValue();
        String resolved = org.ticket(Map.of("title", "Fixed already", "priority", "urgent"))
                .get("id")
                .stringValue();
        admin.patch("/api/tickets/" + resolved, Map.of("status", "resolved"));
        Api.Response resolvedBefore = admin.get("/api/tickets/" + resolved);
        for (int i = 0; i < MORE_OPEN_TICKETS; i++) {
            org.ticket(Map.of("title", "Also urgent " + i, "priority", "urgent"));
        }
        Api.Response policies = admin.get("/api/sla/policies");
        String policyId = policies.string("$[0].id");
        String calendarId = policies.string("$[0].calendarId");
        assertThat(admin.get("/api/sla/recompute").number("$.ticketsLeft")).isZero();

        // urgent becomes 2 h / 8 h: the change is queued, the tickets are not touched in the admin's request
        assertThat(admin.put("/api/sla/policies/" + policyId, policy(calendarId, 120, 480))
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/api/sla/recompute").number("$.ticketsLeft")).isEqualTo(1 + MORE_OPEN_TICKETS);
        assertThat(due(admin.get("/api/tickets/" + open), "firstResponse"))
                .isEqualTo(MONDAY_10.plus(Duration.ofHours(1)));

        // three nodes claim at once: every queued ticket is recomputed by exactly one of them
        List<Integer> done = runConcurrently(3);
        assertThat(done.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1 + MORE_OPEN_TICKETS);
        assertThat(admin.get("/api/sla/recompute").number("$.ticketsLeft")).isZero();

        Api.Response after = admin.get("/api/tickets/" + open);
        assertThat(due(after, "firstResponse")).isEqualTo(MONDAY_10.plus(Duration.ofHours(2)));
        // 8 business hours from Monday 10:00 on 09:00–17:00: 7 on Monday, 1 on Tuesday
        assertThat(due(after, "resolution")).isEqualTo(Instant.parse("2026-06-02T10:00:00Z"));
        assertThat(entries(open, "first_response")).isEqualTo(1);
        // the history says, over HTTP, which clock moved where and why (the system acted)
        Api.Response history = admin.get("/api/tickets/" + open + "/activity");
        assertThat(history.strings("$.items[?(@.action == 'sla_due_moved' && @.field == 'first_response')].reason"))
                .containsExactly("policy");
        assertThat(history.strings("$.items[?(@.action == 'sla_due_moved' && @.field == 'first_response')].newValue"))
                .containsExactly(MONDAY_10.plus(Duration.ofHours(2)).toString());
        assertThat(history.strings("$.items[?(@.action == 'sla_due_moved')].actor.name"))
                .containsOnly("WorkTrackr");
        assertThat(history.strings("$.items[?(@.action == 'created')].reason")).containsOnlyNulls();
        assertThat(entries(open, "resolution")).isEqualTo(1);
        // the ticket's own due instant (views, sort) moved with its clocks
        assertThat(admin.get("/api/tickets?view=all&sort=due&limit=1").string("$.items[0].id"))
                .isNotEqualTo(resolved);

        // met clocks are never rewritten
        Api.Response resolvedAfter = admin.get("/api/tickets/" + resolved);
        assertThat(resolvedAfter.string("$.sla.resolution.state")).isEqualTo("met");
        assertThat(resolvedAfter.string("$.sla")).isEqualTo(resolvedBefore.string("$.sla"));
        assertThat(entries(resolved, "resolution")).isZero();

        // nothing queued: another run does nothing and records nothing
        assertThat(runConcurrently(2)).containsOnly(0);
        assertThat(entries(open, "first_response")).isEqualTo(1);
    }

    @Test
    void aCalendarChangeRecomputesFromTheTimeAlreadyUsed() throws Exception {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        Api admin = org.admin.api();
        String open = org.ticket(Map.of("title", "VPN down", "priority", "urgent"))
                .get("id")
                .stringValue();
        String calendarId = admin.get("/api/sla/policies").string("$[0].calendarId");

        // at 10:30, 30 of 60 minutes used; the business day shrinks to 09:00–11:00
        clock.set(MONDAY_10.plus(Duration.ofMinutes(30)));
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            hours.add(Map.of("day", day, "start", "09:00", "end", "11:00"));
        }
        assertThat(admin.put(
                                "/api/sla/calendars/" + calendarId,
                                Map.of("name", "Short days", "timeZone", "UTC", "hours", hours))
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/api/sla/recompute").number("$.ticketsLeft")).isEqualTo(1);
        assertThat(recompute.recompute()).isEqualTo(1);

        Api.Response after = admin.get("/api/tickets/" + open);
        // first response: 30 minutes left → 11:00, unchanged; resolution: 210 left → Monday 30, Tuesday 120,
        // Wednesday 60 → Wednesday 10:00
        assertThat(due(after, "firstResponse")).isEqualTo(MONDAY_10.plus(Duration.ofHours(1)));
        assertThat(due(after, "resolution")).isEqualTo(Instant.parse("2026-06-03T10:00:00Z"));
        assertThat(entries(open, "first_response")).isZero();
        assertThat(entries(open, "resolution")).isEqualTo(1);
        assertThat(admin.get("/api/tickets/" + open + "/activity")
                        .strings("$.items[?(@.action == 'sla_due_moved')].reason"))
                .containsExactly("calendar");
    }

    @Test
    void theRecomputeIsScheduledAndRunsOnOneNodeAtATime() throws Exception {
        Method scheduled = SlaRecompute.class.getMethod("recomputeOnSchedule");
        assertThat(scheduled.getAnnotation(Scheduled.class).fixedDelayString())
                .isEqualTo("${worktrackr.sla.recompute-interval:10s}");
        assertThat(scheduled.getAnnotation(SchedulerLock.class).name()).isEqualTo(SlaRecompute.LOCK);
    }
}
