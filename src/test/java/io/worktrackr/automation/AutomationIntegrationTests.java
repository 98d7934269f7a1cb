package io.worktrackr.automation;

import static io.worktrackr.automation.AutomationRulesIntegrationTests.RULES;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.rule;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Event-triggered rules: they act after the change commits, through the ticket use cases, named in the activity. */
class AutomationIntegrationTests extends IntegrationTest {

    Org org;
    Api admin;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        admin = org.admin.api();
    }

    @Test
    void roundRobinAssignsNewBillingTicketsFairlyAndTheActivityNamesTheRule() {
        User ann = org.agent("Ann");
        User ben = org.agent("Ben");
        User cat = org.agent("Cat");
        UUID billing = org.queues.get("Billing");
        admin.put("/api/queues/" + billing + "/members", Map.of("userIds", List.of(ann.id(), ben.id(), cat.id())));
        create(rule(
                "Billing round-robin",
                trigger("ticket_created"),
                List.of(Map.of("field", "queue", "operator", "is", "value", billing.toString())),
                List.of(action("assign_round_robin", null))));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(Json.string(org.ticket(Map.of("title", "Invoice " + i, "queueId", billing)), "$.id"));
        }
        JsonNode general = org.ticket(Map.of("title", "Not billing"));
        settled();

        Map<String, Long> perAgent = ids.stream()
                .map(id -> admin.get("/api/tickets/" + id).string("$.assignee.id"))
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        assertThat(perAgent.keySet())
                .containsExactlyInAnyOrder(
                        ann.id().toString(), ben.id().toString(), cat.id().toString());
        assertThat(perAgent.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                        - perAgent.values().stream()
                                .mapToLong(Long::longValue)
                                .min()
                                .orElseThrow())
                .isLessThanOrEqualTo(1);
        assertThat(admin.get("/api/tickets/" + Json.string(general, "$.id"))
                        .body()
                        .get("assignee")
                        .isNull())
                .isTrue();

        Api.Response activity = admin.get("/api/tickets/" + ids.get(7) + "/activity");
        JsonNode assigned = activity.body().get("items").get(0);
        assertThat(Json.string(assigned, "$.field")).isEqualTo("assignee");
        JsonNode actorId = assigned.get("actor").get("id");
        assertThat(actorId == null || actorId.isNull()).as("no person acted").isTrue();
        assertThat(Json.string(assigned, "$.actor.name")).isEqualTo("Automation: Billing round-robin");
        assertThat(Json.string(assigned, "$.automation.ruleName")).isEqualTo("Billing round-robin");
        assertThat(assigned.get("automation").get("ruleVersion").asInt()).isEqualTo(1);
        long number = admin.get("/api/tickets/" + ids.get(7)).number("$.number");
        assertThat(Json.string(assigned, "$.automation.because")).isEqualTo("because #" + number + " was created");
        assertThat(admin.get(RULES).number("$.items[0].firedLast7Days")).isEqualTo(100);
    }

    @Test
    void leastLoadedPicksTheAgentWithFewestActiveTicketsEvenUnderConcurrentCreation() throws Exception {
        User ann = org.agent("Ann");
        User ben = org.agent("Ben");
        User cat = org.agent("Cat");
        UUID billing = org.queues.get("Billing");
        admin.put("/api/queues/" + billing + "/members", Map.of("userIds", List.of(ann.id(), ben.id(), cat.id())));
        // ann already has 3 active tickets, ben 1, cat none
        for (int i = 0; i < 3; i++) {
            org.ticket(Map.of("title", "Ann's " + i, "assigneeId", ann.id()));
        }
        org.ticket(Map.of("title", "Ben's", "assigneeId", ben.id()));
        create(rule(
                "Least loaded",
                trigger("ticket_created"),
                List.of(Map.of("field", "assignee", "operator", "is_nobody")),
                List.of(action("assign_least_loaded", billing.toString()))));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> created = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                created.add(pool.submit(() -> org.ticket(Map.of("title", "Concurrent " + n))));
            }
            for (Future<JsonNode> f : created) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        settled();

        // 4 + 8 = 12 active tickets, so a fair spread leaves each of the three with 4
        Map<String, Long> load = new HashMap<>();
        for (JsonNode t : admin.get("/api/tickets?view=all&limit=100").body().get("items")) {
            load.merge(Json.string(t, "$.assignee.id"), 1L, Long::sum);
        }
        assertThat(load)
                .containsEntry(ann.id().toString(), 4L)
                .containsEntry(ben.id().toString(), 4L)
                .containsEntry(cat.id().toString(), 4L);
    }

    @Test
    void aPingPongPairStopsItselfAtTheChainLimitAndSaysSo() {
        create(rule("Ping", changed("status", null, "pending"), List.of(), List.of(action("set_status", "open"))));
        create(rule("Pong", changed("status", null, "open"), List.of(), List.of(action("set_status", "pending"))));
        String id = Json.string(org.ticket("Bouncy"), "$.id");

        assertThat(admin.patch("/api/tickets/" + id, Map.of("status", "pending"))
                        .status())
                .isEqualTo(200);
        waitUp().until(() -> firings("depth_limit") == 1);
        settled();

        // the person's change, then five automated ones (depth 1..5), then the chain is cut
        assertThat(admin.get("/api/tickets/" + id).number("$.version")).isEqualTo(6);
        assertThat(admin.get("/api/tickets/" + id).string("$.status")).isEqualTo("open");
        List<JsonNode> automated = new ArrayList<>();
        admin.get("/api/tickets/" + id + "/activity").body().get("items").forEach(e -> {
            if (Json.string(e, "$.action").equals("changed")
                    && !e.get("automation").isNull()) {
                automated.add(e);
            }
        });
        assertThat(automated).hasSize(5);
        // newest first: the last link names the rule before it; the first names the person's change
        assertThat(Json.string(automated.get(0), "$.automation.ruleName")).isEqualTo("Ping");
        assertThat(Json.string(automated.get(0), "$.automation.because"))
                .isEqualTo("because rule “Pong” set status to pending");
        long number = admin.get("/api/tickets/" + id).number("$.number");
        assertThat(Json.string(automated.get(4), "$.automation.because"))
                .isEqualTo("because #" + number + " changed: set status to pending");
        assertThat(firings("depth_limit")).isEqualTo(1);
    }

    @Test
    void aChainCutAtTheDepthLimitIsToldInTheTicketsHistory() {
        create(rule("Ping", changed("status", null, "pending"), List.of(), List.of(action("set_status", "open"))));
        create(rule("Pong", changed("status", null, "open"), List.of(), List.of(action("set_status", "pending"))));
        String id = Json.string(org.ticket("Bouncy"), "$.id");
        admin.patch("/api/tickets/" + id, Map.of("status", "pending"));
        waitUp().until(() -> firings("depth_limit") == 1);
        settled();

        List<JsonNode> stopped = entries(id, "automation_stopped");
        assertThat(stopped).hasSize(1);
        JsonNode stop = stopped.get(0);
        // Ping made the fifth automated change (to open); Pong, about to answer it, was stopped
        assertThat(Json.string(stop, "$.field")).isEqualTo("depth_limit");
        assertThat(Json.string(stop, "$.newValue")).isEqualTo("5");
        assertThat(stop.get("actor").get("id").isNull())
                .as("the system, not a person")
                .isTrue();
        assertThat(Json.string(stop, "$.automation.ruleName")).isEqualTo("Pong");
        assertThat(Json.string(stop, "$.automation.because")).isEqualTo("because rule “Ping” set status to open");
        // it is the newest entry: nothing happened after the stop
        assertThat(Json.string(
                        admin.get("/api/tickets/" + id + "/activity")
                                .body()
                                .get("items")
                                .get(0),
                        "$.action"))
                .isEqualTo("automation_stopped");
        assertThat(admin.get("/api/activity/verify").bool("$.ok")).isTrue();
    }

    @Test
    void aRuleNeverReactsToItsOwnChange() {
        // would loop on its own change if it could see it: any change → set priority urgent, then high, …
        create(rule(
                "Escalate on change", trigger("ticket_changed"), List.of(), List.of(action("set_priority", "urgent"))));
        String id = Json.string(org.ticket("Quiet"), "$.id");
        admin.patch("/api/tickets/" + id, Map.of("title", "Quiet, renamed"));
        settled();

        assertThat(admin.get("/api/tickets/" + id).string("$.priority")).isEqualTo("urgent");
        assertThat(admin.get("/api/tickets/" + id).number("$.version")).isEqualTo(2);
        assertThat(firings("applied")).isEqualTo(1);
    }

    @Test
    void theBreakerPausesARuleForATicketChangedByAutomationTooOftenAndTellsTheAdmins() {
        create(rule(
                "Note every priority change",
                changed("priority", null, null),
                List.of(),
                List.of(action(
                        "add_note", "Priority of {{ticket.number}} is now {{ticket.priority}} ({{rule.name}})"))));
        String id = Json.string(org.ticket("Fidgety"), "$.id");
        List<String> priorities = List.of("high", "low");
        for (int i = 0; i < 11; i++) {
            admin.patch("/api/tickets/" + id, Map.of("priority", priorities.get(i % 2)));
            int expected = Math.min(i + 1, 10);
            waitUp().until(() -> firings("applied") == expected);
            settled();
        }

        assertThat(firings("applied")).isEqualTo(10);
        assertThat(firings("breaker")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM automation_paused WHERE ticket_id = :t")
                        .param("t", UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Api.Response comments = admin.get("/api/tickets/" + id + "/comments");
        assertThat(comments.raw().body()).contains("is now High (Note every priority change)");
        waitUp().until(() -> admin.get("/api/notifications").raw().body().contains("automation"));

        // the ticket's history says so once, naming the rule and how often automation changed the ticket
        List<JsonNode> stopped = entries(id, "automation_stopped");
        assertThat(stopped).hasSize(1);
        assertThat(Json.string(stopped.get(0), "$.field")).isEqualTo("breaker");
        assertThat(Json.string(stopped.get(0), "$.newValue")).isEqualTo("10");
        assertThat(Json.string(stopped.get(0), "$.automation.ruleName")).isEqualTo("Note every priority change");
        assertThat(Json.string(stopped.get(0), "$.automation.because"))
                .isEqualTo("because #" + admin.get("/api/tickets/" + id).number("$.number")
                        + " changed: set priority to high");
        assertThat(admin.get("/api/activity/verify").bool("$.ok")).isTrue();
    }

    @Test
    void aRulesNoteIsWrittenByTheRuleNotByAPerson() {
        User ann = org.agent("Ann");
        User ben = org.agent("Ben");
        String handle = ben.email().substring(0, ben.email().indexOf('@'));
        String ruleId = create(rule(
                        "Greeter",
                        trigger("ticket_created"),
                        List.of(),
                        List.of(action("add_note", "Welcome, {{ticket.number}}. @" + handle + " knows printers."))))
                .string("$.id");
        JsonNode ticket = org.ticket(Map.of("title", "Hello", "assigneeId", ann.id()));
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        settled();

        // the conversation: no person wrote it, the rule did
        JsonNode note = admin.get(path + "/comments").body().get("items").get(0);
        assertThat(note.get("author").isNull()).isTrue();
        assertThat(Json.string(note, "$.automation.ruleId")).isEqualTo(ruleId);
        assertThat(Json.string(note, "$.automation.ruleName")).isEqualTo("Greeter");
        assertThat(Json.string(note, "$.visibility")).isEqualTo("internal");
        assertThat(Json.string(note, "$.body"))
                .isEqualTo("Welcome, #" + Json.number(ticket, "$.number") + ". @" + handle + " knows printers.");
        // so nobody may edit it, not even the organisation's first admin, in whose name rules' notes used to be written
        Api.Response edit = admin.patch(path + "/comments/" + Json.string(note, "$.id"), Map.of("body", "Mine now"));
        assertThat(edit.status()).as(edit.toString()).isEqualTo(403);

        // the activity: a comment by the rule, with its cause, and the chain still verifies
        List<JsonNode> commented = entries(Json.string(ticket, "$.id"), "commented");
        assertThat(commented).hasSize(1);
        assertThat(commented.get(0).get("actor").get("id").isNull()).isTrue();
        assertThat(Json.string(commented.get(0), "$.actor.name")).isEqualTo("Automation: Greeter");
        assertThat(Json.string(commented.get(0), "$.automation.ruleName")).isEqualTo("Greeter");
        assertThat(Json.string(commented.get(0), "$.automation.because"))
                .isEqualTo("because #" + Json.number(ticket, "$.number") + " was created");
        assertThat(admin.get("/api/activity/verify").bool("$.ok")).isTrue();

        // the person it mentions finds the mention, by the rule
        JsonNode mention = ben.api().get("/api/mentions").body().get("items").get(0);
        assertThat(Json.string(mention, "$.commentId")).isEqualTo(Json.string(note, "$.id"));
        assertThat(mention.get("author").isNull()).isTrue();
        assertThat(Json.string(mention, "$.automation.ruleName")).isEqualTo("Greeter");

        // the assignee is told of the note; the admin, whose creating the ticket made the rule write it, is not
        waitUp().until(() -> ann.api().get("/api/notifications").raw().body().contains("\"noted\""));
        assertThat(admin.get("/api/notifications").size("$.items")).isZero();
    }

    @Test
    void aRuleThatAssignsThePersonWhoseChangeItReactedToDoesNotTellThemTheyAssignedThemselves() {
        User ann = org.agent("Ann");
        create(rule(
                "Whoever raises it owns it",
                changed("priority", null, "urgent"),
                List.of(),
                List.of(action("assign", ann.id().toString()))));
        String annsChange = Json.string(org.ticket("Raised by Ann"), "$.id");
        String adminsChange = Json.string(org.ticket("Raised by the admin"), "$.id");
        settled();

        assertThat(ann.api()
                        .patch("/api/tickets/" + annsChange, Map.of("priority", "urgent"))
                        .status())
                .isEqualTo(200);
        assertThat(admin.patch("/api/tickets/" + adminsChange, Map.of("priority", "urgent"))
                        .status())
                .isEqualTo(200);
        settled();

        assertThat(admin.get("/api/tickets/" + annsChange).string("$.assignee.id"))
                .isEqualTo(ann.id().toString());
        assertThat(admin.get("/api/tickets/" + adminsChange).string("$.assignee.id"))
                .isEqualTo(ann.id().toString());
        List<String> toldAbout = new ArrayList<>();
        ann.api().get("/api/notifications").body().get("items").forEach(n -> {
            if (Json.string(n, "$.kind").equals("assigned")) {
                toldAbout.add(Json.string(n, "$.ticket.id"));
            }
        });
        assertThat(toldAbout)
                .as("only the assignment the admin's change caused")
                .containsExactly(adminsChange);
    }

    @Test
    void actionsSetFieldsAssignUnassignNoteAndNotify() {
        User ann = org.agent("Ann");
        UUID billing = org.queues.get("Billing");
        create(rule(
                "Refunds to billing",
                trigger("ticket_created"),
                List.of(Map.of("field", "title", "operator", "contains", "value", "REFUND")),
                List.of(
                        action("set_queue", billing.toString()),
                        action("set_priority", "high"),
                        action("set_status", "in_progress"),
                        action("assign", ann.id().toString()),
                        action("add_note", "Routed {{ticket.number}} “{{ticket.title}}” by {{rule.name}}"),
                        action("notify", ann.id().toString()))));
        create(rule(
                "Unassign on pending",
                changed("status", "in_progress", "pending"),
                List.of(Map.of("field", "actor", "operator", "is", "value", "person")),
                List.of(action("unassign", null))));
        JsonNode refund = org.ticket(Map.of("title", "Please refund me"));
        JsonNode other = org.ticket(Map.of("title", "Something else"));
        String path = "/api/tickets/" + Json.string(refund, "$.id");
        settled();

        Api.Response routed = admin.get(path);
        assertThat(routed.string("$.queue.id")).isEqualTo(billing.toString());
        assertThat(routed.string("$.priority")).isEqualTo("high");
        assertThat(routed.string("$.status")).isEqualTo("in_progress");
        assertThat(routed.string("$.assignee.id")).isEqualTo(ann.id().toString());
        assertThat(routed.number("$.version")).isEqualTo(1);
        assertThat(admin.get(path + "/comments").raw().body())
                .contains("Routed #" + Json.number(refund, "$.number") + " “Please refund me” by Refunds to billing");
        waitUp().until(() -> ann.api().get("/api/notifications").raw().body().contains("automation"));
        assertThat(admin.get("/api/tickets/" + Json.string(other, "$.id")).string("$.status"))
                .isEqualTo("open");

        // a person moving it to pending unassigns it; an automated move would not (actor is person)
        admin.patch(path, Map.of("status", "pending"));
        settled();
        assertThat(admin.get(path).body().get("assignee").isNull()).isTrue();
    }

    @Test
    void commentAndSlaTriggersFire() {
        create(rule(
                "Reply reopens pending",
                commented("public"),
                List.of(Map.of("field", "status", "operator", "is", "value", "pending")),
                List.of(action("set_status", "open"))));
        String path = "/api/tickets/" + Json.string(org.ticket("Waiting"), "$.id");
        admin.patch(path, Map.of("status", "pending"));
        admin.post(path + "/comments", Map.of("body", "internal", "visibility", "internal"));
        settled();
        assertThat(admin.get(path).string("$.status")).isEqualTo("pending");
        admin.post(path + "/comments", Map.of("body", "Any news?", "visibility", "public"));
        settled();
        assertThat(admin.get(path).string("$.status")).isEqualTo("open");
    }

    @Test
    void aRuleNamingAnArchivedQueueIsDisabledWithAReasonAndLaterRulesStillRun() {
        UUID billing = org.queues.get("Billing");
        String broken = create(rule(
                        "To billing",
                        trigger("ticket_created"),
                        List.of(),
                        List.of(action("set_queue", billing.toString()))))
                .string("$.id");
        create(rule("Then raise", trigger("ticket_created"), List.of(), List.of(action("set_priority", "high"))));
        assertThat(admin.patch("/api/queues/" + billing, Map.of("archived", true))
                        .status())
                .isEqualTo(200);

        String path = "/api/tickets/" + Json.string(org.ticket("After the archive"), "$.id");
        settled();

        Api.Response rule = admin.get(RULES + "/" + broken);
        assertThat(rule.bool("$.enabled")).isFalse();
        assertThat(rule.string("$.disabledReason")).contains("actions[0].value").contains("archived");
        assertThat(admin.get(path).string("$.priority")).isEqualTo("high");
        assertThat(admin.get(path).string("$.queue.id")).isNotEqualTo(billing.toString());
    }

    // helpers

    Api.Response create(Map<String, Object> rule) {
        Api.Response created = admin.post(RULES, rule);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    static Map<String, Object> action(String type, String value) {
        Map<String, Object> action = new HashMap<>();
        action.put("type", type);
        action.put("value", value);
        return action;
    }

    static Map<String, Object> changed(String field, String from, String to) {
        Map<String, Object> trigger = trigger("ticket_changed");
        trigger.put("field", field);
        trigger.put("from", from);
        trigger.put("to", to);
        return trigger;
    }

    static Map<String, Object> commented(String visibility) {
        Map<String, Object> trigger = trigger("comment_added");
        trigger.put("visibility", visibility);
        return trigger;
    }

    /** The ticket's activity entries of one action, newest first. */
    List<JsonNode> entries(String ticketId, String action) {
        List<JsonNode> found = new ArrayList<>();
        admin.get("/api/tickets/" + ticketId + "/activity").body().get("items").forEach(e -> {
            if (Json.string(e, "$.action").equals(action)) {
                found.add(e);
            }
        });
        return found;
    }

    int firings(String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_firings WHERE organisation_id = :org AND outcome = :o")
                .param("org", org.id)
                .param("o", outcome)
                .query(Integer.class)
                .single();
    }

    /** Waits until every after-commit reaction about this organisation has completed. */
    void settled() {
        waitUp().until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                                + "AND serialized_event LIKE :org")
                        .param("org", "%" + org.id + "%")
                        .query(Long.class)
                        .single()
                == 0);
    }

    static ConditionFactory waitUp() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(25));
    }
}
