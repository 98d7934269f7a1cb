package io.worktrackr.automation;

import static io.worktrackr.automation.AutomationIntegrationTests.action;
import static io.worktrackr.automation.AutomationIntegrationTests.changed;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.RULES;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.rule;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The dry-run answers what a rule would have done, writes nothing, and predicts what really happens. */
class AutomationDryRunIntegrationTests extends IntegrationTest {

    static final String DRY_RUN = RULES + "/dry-run";

    /**
     * A little history: tickets created (some urgent), some put on hold, one reopened. Each ticket's rules have run
     * before a person changes it, as in the replay: otherwise a rule's change races the person's two quick changes of
     * #4 and, losing twice, gives up (by design: re-read and re-evaluate once), and reality differs from the
     * prediction for a reason that is not the dry run's.
     */
    void history(Org org) {
        Api admin = org.admin.api();
        for (int i = 0; i < 6; i++) {
            String title = (i % 2 == 0 ? "URGENT: printer " : "Question ") + i;
            String id = Json.string(org.ticket(title), "$.id");
            settled(org);
            if (i % 3 == 0) {
                admin.patch("/api/tickets/" + id, Map.of("status", "pending"));
            }
            if (i == 4) {
                admin.patch("/api/tickets/" + id, Map.of("status", "resolved"));
                admin.patch("/api/tickets/" + id, Map.of("status", "open"));
            }
        }
    }

    static Map<String, Object> urgentTriage() {
        return rule(
                "Urgent triage",
                trigger("ticket_created"),
                List.of(Map.of("field", "title", "operator", "contains", "value", "urgent")),
                List.of(action("set_priority", "urgent"), action("add_note", "Escalated {{ticket.title}}")));
    }

    static Map<String, Object> heldToProgress() {
        return rule(
                "Back to work",
                changed("status", null, "pending"),
                List.of(Map.of("field", "priority", "operator", "is_not", "value", "low")),
                List.of(action("set_priority", "low")));
    }

    @Test
    void aDryRunOfASavedOrDraftRuleChangesNothing() {
        Org org = fixtures.organisation();
        history(org);
        settled(org);
        String saved =
                org.admin.api().post(RULES, withEnabled(urgentTriage(), false)).string("$.id");
        String before = snapshot(org);

        Api.Response bySaved = org.admin.api().post(DRY_RUN, Map.of("ruleId", saved, "days", 7));
        Api.Response byDraft = org.admin.api().post(DRY_RUN, Map.of("rule", heldToProgress()));

        assertThat(bySaved.status()).as(bySaved.toString()).isEqualTo(200);
        assertThat(bySaved.number("$.fired")).isEqualTo(3);
        assertThat(bySaved.string("$.items[0].because")).endsWith(" was created");
        assertThat(bySaved.string("$.items[0].changes[0].field")).isEqualTo("priority");
        assertThat(bySaved.string("$.items[0].changes[0].to")).isEqualTo("urgent");
        assertThat(bySaved.string("$.items[0].note")).startsWith("Escalated URGENT: printer 0");
        assertThat(byDraft.status()).as(byDraft.toString()).isEqualTo(200);
        assertThat(byDraft.number("$.days")).isEqualTo(7);
        assertThat(byDraft.number("$.fired")).isEqualTo(2);
        assertThat(byDraft.number("$.eventsReplayed")).isGreaterThanOrEqualTo(10);
        assertThat(snapshot(org)).isEqualTo(before);

        Api.Response badDays = org.admin.api().post(DRY_RUN, Map.of("ruleId", saved, "days", 31));
        assertThat(badDays.status()).isEqualTo(422);
        assertThat(badDays.string("$.errors[0].field")).isEqualTo("days");
        Map<String, Object> broken = heldToProgress();
        broken.put("actions", List.of(action("set_priority", "meh")));
        Api.Response badDraft = org.admin.api().post(DRY_RUN, Map.of("rule", broken));
        assertThat(badDraft.status()).isEqualTo(422);
        assertThat(badDraft.string("$.errors[0].field")).isEqualTo("actions[0].value");
    }

    @Test
    void theDryRunPredictsWhatReallyHappensWhenTheSameEventsHappenForReal() {
        for (Map<String, Object> rule : List.of(urgentTriage(), heldToProgress())) {
            Org past = fixtures.organisation();
            history(past);
            settled(past);
            Api.Response predicted = past.admin.api().post(DRY_RUN, Map.of("rule", rule));
            assertThat(predicted.status()).as(predicted.toString()).isEqualTo(200);
            TreeSet<String> prediction = new TreeSet<>();
            predicted
                    .body()
                    .get("items")
                    .forEach(item -> item.get("changes")
                            .forEach(c -> prediction.add(Json.string(item, "$.title") + " " + Json.string(c, "$.field")
                                    + ": " + c.get("from").asString() + " → "
                                    + c.get("to").asString())));

            Org fresh = fixtures.organisation();
            assertThat(fresh.admin.api().post(RULES, rule).status()).isEqualTo(201);
            history(fresh);
            settled(fresh);
            TreeSet<String> actual = new TreeSet<>();
            eachTicket(
                    fresh,
                    ticket -> fresh.admin
                            .api()
                            .get("/api/tickets/" + Json.string(ticket, "$.id") + "/activity?limit=200")
                            .body()
                            .get("items")
                            .forEach(e -> {
                                // the automated changes (a rule's note is an automated entry too, with no field)
                                if (Json.string(e, "$.action").equals("changed")
                                        && !e.get("automation").isNull()) {
                                    actual.add(Json.string(ticket, "$.title") + " " + Json.string(e, "$.field") + ": "
                                            + e.get("oldValue").asString() + " → "
                                            + e.get("newValue").asString());
                                }
                            }));

            assertThat(prediction).isNotEmpty().isEqualTo(actual);
            assertThat(predicted.number("$.fired")).isEqualTo(firings(fresh));
        }
    }

    @Test
    void aTimeRuleDryRunNamesTheOpenTicketsItWouldFireOnNow() {
        Org org = fixtures.organisation();
        clock.freeze();
        List<String> resolved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = Json.string(org.ticket("Done " + i), "$.id");
            org.admin.api().patch("/api/tickets/" + id, Map.of("status", "resolved"));
            resolved.add(id);
        }
        org.ticket("Open one");
        clock.advance(Duration.ofDays(4));
        Map<String, Object> timed = trigger("time_in_status");
        timed.put("status", "resolved");
        timed.put("minutes", 3 * 24 * 60);
        Api.Response dry = org.admin
                .api()
                .post(
                        DRY_RUN,
                        Map.of("rule", rule("Close", timed, List.of(), List.of(action("set_status", "closed")))));

        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.number("$.fired")).isEqualTo(3);
        assertThat(dry.strings("$.items[*].ticketId")).containsExactlyInAnyOrderElementsOf(resolved);
        assertThat(dry.string("$.items[0].because")).endsWith("was resolved for 4 days");
        assertThat(org.admin.api().get("/api/tickets/" + resolved.get(0)).string("$.status"))
                .isEqualTo("resolved");
    }

    static Map<String, Object> withEnabled(Map<String, Object> rule, boolean enabled) {
        rule.put("enabled", enabled);
        return rule;
    }

    void eachTicket(Org org, Consumer<JsonNode> each) {
        org.admin
                .api()
                .get("/api/tickets?view=all&limit=100")
                .body()
                .get("items")
                .forEach(each);
    }

    int firings(Org org) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_firings WHERE organisation_id = :org AND outcome = 'applied'")
                .param("org", org.id)
                .query(Integer.class)
                .single();
    }

    /** Everything a dry-run could have written, in one string. */
    String snapshot(Org org) {
        UUID id = org.id;
        return List.of(
                        "SELECT COALESCE(SUM(version), 0) FROM tickets WHERE organisation_id = :org",
                        "SELECT COUNT(*) FROM activity_log WHERE organisation_id = :org",
                        "SELECT COUNT(*) FROM comments WHERE organisation_id = :org",
                        "SELECT COUNT(*) FROM automation_firings WHERE organisation_id = :org",
                        "SELECT COUNT(*) FROM automation_queue_cursors WHERE organisation_id = :org",
                        "SELECT COUNT(*) FROM notifications WHERE organisation_id = :org")
                .stream()
                .map(sql -> jdbc.sql(sql)
                        .param("org", id)
                        .query(Long.class)
                        .single()
                        .toString())
                .toList()
                .toString();
    }

    void settled(Org org) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(25))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                                        + "AND serialized_event LIKE :org")
                                .param("org", "%" + org.id + "%")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
