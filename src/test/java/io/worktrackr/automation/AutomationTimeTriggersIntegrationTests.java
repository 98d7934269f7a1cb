package io.worktrackr.automation;

import static io.worktrackr.automation.AutomationIntegrationTests.action;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.RULES;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.rule;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Time triggers: the scan fires a rule exactly once per ticket and period, also when runs overlap. */
class AutomationTimeTriggersIntegrationTests extends IntegrationTest {

    @Autowired
    TimeTriggerScan scan;

    Org org;
    Api admin;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        admin = org.admin.api();
    }

    static Map<String, Object> timed(String type, String status, int minutes) {
        Map<String, Object> trigger = trigger(type);
        trigger.put("status", status);
        trigger.put("minutes", minutes);
        return trigger;
    }

    @Test
    void closeResolvedAfterThreeDaysClosesExactlyTheRightTicketsOnceEvenWithTwoScansAtOnce() throws Exception {
        clock.freeze();
        Api.Response created = admin.post(
                RULES,
                rule(
                        "Close resolved after 3 days",
                        timed("time_in_status", "resolved", 3 * 24 * 60),
                        List.of(),
                        List.of(action("set_status", "closed"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = Json.string(org.ticket("Old " + i), "$.id");
            admin.patch("/api/tickets/" + id, Map.of("status", "resolved"));
            old.add(id);
        }
        String open = Json.string(org.ticket("Still open"), "$.id");
        clock.advance(Duration.ofDays(2));
        String recent = Json.string(org.ticket("Recently resolved"), "$.id");
        admin.patch("/api/tickets/" + recent, Map.of("status", "resolved"));
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        int fired;
        try {
            Callable<Integer> run = () -> scan.scan();
            Future<Integer> a = pool.submit(run);
            Future<Integer> b = pool.submit(run);
            fired = a.get() + b.get();
        } finally {
            pool.shutdown();
        }
        fired += scan.scan();

        assertThat(fired).isEqualTo(5);
        for (String id : old) {
            Api.Response ticket = admin.get("/api/tickets/" + id);
            assertThat(ticket.string("$.status")).isEqualTo("closed");
            assertThat(ticket.number("$.version")).isEqualTo(2);
        }
        assertThat(admin.get("/api/tickets/" + open).string("$.status")).isEqualTo("open");
        assertThat(admin.get("/api/tickets/" + recent).string("$.status")).isEqualTo("resolved");
        long number = admin.get("/api/tickets/" + old.get(0)).number("$.number");
        Api.Response activity = admin.get("/api/tickets/" + old.get(0) + "/activity");
        assertThat(Json.string(activity.body().get("items").get(0), "$.automation.because"))
                .isEqualTo("because #" + number + " was resolved for 3 days");

        // the recent one closes on its own third day, once
        clock.advance(Duration.ofDays(2));
        assertThat(scan.scan()).isEqualTo(1);
        assertThat(scan.scan()).isZero();
        assertThat(admin.get("/api/tickets/" + recent).string("$.status")).isEqualTo("closed");
    }

    @Test
    void aTimeRuleFiresOncePerPeriodAndAgainInTheNextOne() {
        clock.freeze();
        admin.post(
                RULES,
                rule(
                        "Nudge unassigned",
                        timed("unassigned_for", null, 30),
                        List.of(),
                        List.of(action("set_priority", "high"), action("add_note", "Unassigned for a while"))));
        String id = Json.string(org.ticket("Nobody's"), "$.id");
        clock.advance(Duration.ofMinutes(29));
        assertThat(scan.scan()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(scan.scan()).isEqualTo(1);
        // still unassigned, same period: never again, though the note keeps it matching
        clock.advance(Duration.ofHours(5));
        assertThat(scan.scan()).isZero();
        assertThat(admin.get("/api/tickets/" + id).string("$.priority")).isEqualTo("high");

        // assigned and unassigned again: a new period
        admin.patch("/api/tickets/" + id, Map.of("assigneeId", org.admin.id()));
        Map<String, Object> unassign = new java.util.HashMap<>();
        unassign.put("assigneeId", null);
        assertThat(admin.patch("/api/tickets/" + id, unassign).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        assertThat(scan.scan()).isEqualTo(1);
    }

    @Test
    void noAgentReplyFiresForAnUnansweredTicketOnlyAndNotOnceItIsAnswered() {
        clock.freeze();
        admin.post(
                RULES,
                rule(
                        "Escalate unanswered",
                        timed("no_agent_reply_for", null, 60),
                        List.of(),
                        List.of(action("set_priority", "urgent"))));
        String unanswered = Json.string(org.ticket("Nobody replied"), "$.id");
        String answered = Json.string(org.ticket("Replied to"), "$.id");
        String resolved = Json.string(org.ticket("Resolved unanswered"), "$.id");
        assertThat(admin.post("/api/tickets/" + answered + "/comments", Map.of("body", "On it", "visibility", "public"))
                        .status())
                .isEqualTo(201);
        assertThat(admin.patch("/api/tickets/" + resolved, Map.of("status", "resolved"))
                        .status())
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(59));
        assertThat(scan.scan()).isZero();
        clock.advance(Duration.ofMinutes(2));
        // only the active ticket nobody answered (on PostgreSQL read from tickets_unanswered_by_created)
        assertThat(scan.scan()).isEqualTo(1);
        assertThat(admin.get("/api/tickets/" + unanswered).string("$.priority")).isEqualTo("urgent");
        assertThat(admin.get("/api/tickets/" + answered).string("$.priority")).isEqualTo("medium");
        assertThat(admin.get("/api/tickets/" + resolved).string("$.priority")).isEqualTo("medium");
    }
}
