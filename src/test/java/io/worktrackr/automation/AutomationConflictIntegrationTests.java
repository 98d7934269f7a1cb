package io.worktrackr.automation;

import static io.worktrackr.automation.AutomationIntegrationTests.action;
import static io.worktrackr.automation.AutomationIntegrationTests.waitUp;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.RULES;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.rule;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A rule's write conflicts only on what it evaluated: the fields its conditions read and its actions set. A person's
 * change lands between the rule's read and its write through the engine's {@link AutomationEngine.BeforeWrite} seam
 * (over HTTP, in a transaction of its own, committed before the rule writes): the interleaving is fixed, no timing.
 */
class AutomationConflictIntegrationTests extends IntegrationTest {

    @Autowired
    AutomationEngine engine;

    Org org;
    Api admin;

    /** What the rule had read each time it was about to write (its priority), one entry per attempt. */
    final List<String> readPriorities = new CopyOnWriteArrayList<>();

    /** The statuses of the person's changes made in between (checked on the test's thread). */
    final List<Integer> personsAnswers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        admin = org.admin.api();
    }

    @AfterEach
    void noSeam() {
        engine.beforeWrite(AutomationEngine.BeforeWrite.NOTHING);
    }

    @Test
    void aPersonChangingAnotherFieldBeforeEachWriteOfTheRuleNeitherDelaysNorStopsIt() {
        admin.post(
                RULES,
                rule(
                        "Printers are high",
                        trigger("ticket_created"),
                        List.of(Map.of("field", "title", "operator", "contains", "value", "printer")),
                        List.of(action("set_priority", "high"))));
        // before each write of the rule the person moves the status on (with the whole ticket's version the rule
        // lost both races and gave up)
        between(attempt -> change(Map.of("status", attempt == 0 ? "in_progress" : "pending")));

        String path = ticket("The printer is on fire");

        Api.Response ticket = admin.get(path);
        assertThat(personsAnswers).containsExactly(200);
        assertThat(readPriorities).as("one read, one write: no retry").hasSize(1);
        assertThat(ticket.string("$.priority")).as("the rule's change applied").isEqualTo("high");
        assertThat(ticket.string("$.status")).as("on top of the person's").isEqualTo("in_progress");
        assertThat(firings(AutomationEngine.CONFLICT)).isZero();
        assertThat(firings(AutomationEngine.APPLIED)).isEqualTo(1);
        JsonNode newest = admin.get(path + "/activity").body().get("items").get(0);
        assertThat(Json.string(newest, "$.field")).isEqualTo("priority");
        assertThat(Json.string(newest, "$.automation.ruleName")).isEqualTo("Printers are high");
    }

    @Test
    void aPersonChangingTheFieldTheRuleSetsMakesItReadAgainAndDecideOnTheNewValue() {
        admin.post(RULES, rule("Raise", trigger("ticket_created"), List.of(), List.of(action("set_priority", "high"))));
        between(attempt -> {
            if (attempt == 0) {
                change(Map.of("priority", "low"));
            }
        });

        String path = ticket("Something");

        assertThat(personsAnswers).containsExactly(200);
        assertThat(readPriorities)
                .as("read again after the conflict, seeing the person's value")
                .hasSize(2)
                .last()
                .isEqualTo("low");
        assertThat(admin.get(path).string("$.priority")).isEqualTo("high");
        assertThat(firings(AutomationEngine.CONFLICT)).isZero();
        assertThat(firings(AutomationEngine.APPLIED)).isEqualTo(1);
    }

    @Test
    void aPersonChangingTheFieldTheRuleSetsAgainAfterTheSecondReadMakesItGiveUp() {
        admin.post(RULES, rule("Raise", trigger("ticket_created"), List.of(), List.of(action("set_priority", "high"))));
        between(attempt -> change(Map.of("priority", attempt == 0 ? "low" : "urgent")));

        String path = ticket("Something");

        assertThat(personsAnswers).containsExactly(200, 200);
        assertThat(readPriorities).hasSize(2);
        assertThat(admin.get(path).string("$.priority"))
                .as("the person's value stands")
                .isEqualTo("urgent");
        assertThat(firings(AutomationEngine.CONFLICT)).isEqualTo(1);
        assertThat(firings(AutomationEngine.APPLIED)).isZero();
    }

    @Test
    void aPersonChangingAFieldTheConditionsReadMakesTheRuleReEvaluateAndNotActWhenTheyNoLongerHold() {
        admin.post(
                RULES,
                rule(
                        "Open ones are high",
                        trigger("ticket_created"),
                        List.of(Map.of("field", "status", "operator", "is", "value", "open")),
                        List.of(action("set_priority", "high"))));
        between(attempt -> {
            if (attempt == 0) {
                change(Map.of("status", "pending"));
            }
        });

        String path = ticket("Something");

        Api.Response ticket = admin.get(path);
        assertThat(personsAnswers).containsExactly(200);
        assertThat(readPriorities)
                .as("the second reading stopped at the conditions, before any write")
                .hasSize(1);
        assertThat(ticket.string("$.status")).isEqualTo("pending");
        assertThat(ticket.string("$.priority"))
                .as("no action on a condition that no longer holds")
                .isNotEqualTo("high");
        assertThat(firings(AutomationEngine.CONFLICT)).isZero();
        assertThat(firings(AutomationEngine.APPLIED)).isZero();
    }

    @Test
    void aPersonSettingAFieldTheConditionsReadToTheValueTheRuleSetsStillMakesItReEvaluate() {
        admin.post(
                RULES,
                rule(
                        "Park open ones",
                        trigger("ticket_created"),
                        List.of(Map.of("field", "status", "operator", "is", "value", "open")),
                        List.of(action("set_status", "pending"), action("set_priority", "high"))));
        // the person makes the rule's own status change: the status the rule decided on is gone all the same
        between(attempt -> {
            if (attempt == 0) {
                change(Map.of("status", "pending"));
            }
        });

        String path = ticket("Something");

        assertThat(personsAnswers).containsExactly(200);
        assertThat(readPriorities).hasSize(1);
        assertThat(admin.get(path).string("$.priority"))
                .as("the rest of the rule does not ride on a condition that no longer holds")
                .isNotEqualTo("high");
        assertThat(firings(AutomationEngine.APPLIED)).isZero();
    }

    @Test
    void aPersonChangingAFieldTheConditionsReadMakesTheRuleReEvaluateAndActWhenTheyStillHold() {
        admin.post(
                RULES,
                rule(
                        "Not closed ones are high",
                        trigger("ticket_created"),
                        List.of(Map.of("field", "status", "operator", "is_not", "value", "closed")),
                        List.of(action("set_priority", "high"))));
        between(attempt -> {
            if (attempt == 0) {
                change(Map.of("status", "pending"));
            }
        });

        String path = ticket("Something");

        assertThat(readPriorities).as("evaluated again on the new status").hasSize(2);
        assertThat(admin.get(path).string("$.priority")).isEqualTo("high");
        assertThat(firings(AutomationEngine.APPLIED)).isEqualTo(1);
    }

    @Test
    void aRuleThatLooksAtWhenTheTicketLastChangedConflictsOnAnyChange() {
        admin.post(
                RULES,
                rule(
                        "Fresh ones are high",
                        trigger("ticket_created"),
                        List.of(Map.of("field", "updated", "operator", "less_than_hours_ago", "value", "1")),
                        List.of(action("set_priority", "high"))));
        between(attempt -> {
            if (attempt == 0) {
                change(Map.of("title", "Renamed"));
            }
        });

        String path = ticket("Something");

        assertThat(personsAnswers).containsExactly(200);
        assertThat(readPriorities)
                .as("a title change moved the change time it read: read again")
                .hasSize(2);
        assertThat(admin.get(path).string("$.priority")).isEqualTo("high");
        assertThat(admin.get(path).string("$.title")).isEqualTo("Renamed");
    }

    @Test
    void aRuleWithNothingToChangeHasNotActedBecauseAPersonChangedAnotherFieldMeanwhile() {
        admin.post(RULES, rule("Raise", trigger("ticket_created"), List.of(), List.of(action("set_priority", "high"))));
        between(attempt -> change(Map.of("status", "in_progress")));

        String path = "/api/tickets/"
                + Json.string(
                        org.ticket(Map.of("title", "Already high", "description", "Hot", "priority", "high")), "$.id");
        settled();

        assertThat(personsAnswers).containsExactly(200);
        assertThat(admin.get(path).string("$.status")).isEqualTo("in_progress");
        assertThat(firings(AutomationEngine.APPLIED))
                .as("the ticket's version moved, but not by the rule")
                .isZero();
        admin.get(path + "/activity")
                .body()
                .get("items")
                .forEach(entry -> assertThat(entry.get("automation") == null
                                || entry.get("automation").isNull())
                        .isTrue());
    }

    // helpers

    String ticketPath;

    /** Runs {@code person} (given the attempt, 0 or 1) before each write of a rule on this organisation's ticket. */
    void between(Consumer<Integer> person) {
        engine.beforeWrite((rule, read) -> {
            if (!read.organisationId().equals(org.id)) {
                return; // another test's leftovers
            }
            ticketPath = "/api/tickets/" + read.id();
            int attempt = readPriorities.size();
            readPriorities.add(read.priority().code());
            person.accept(attempt);
        });
    }

    /** A person's change of the ticket, over HTTP, committed before the rule goes on. */
    void change(Map<String, Object> body) {
        personsAnswers.add(admin.patch(ticketPath, body).status());
    }

    /** Creates the ticket (which starts the rule) and waits until the rule is done. */
    String ticket(String title) {
        String path = "/api/tickets/" + Json.string(org.ticket(title), "$.id");
        settled();
        return path;
    }

    int firings(String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_firings WHERE organisation_id = :org AND outcome = :o")
                .param("org", org.id)
                .param("o", outcome)
                .query(Integer.class)
                .single();
    }

    void settled() {
        waitUp().until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                                + "AND serialized_event LIKE :org")
                        .param("org", "%" + org.id + "%")
                        .query(Long.class)
                        .single()
                == 0);
    }
}
