package io.worktrackr.automation;

import static io.worktrackr.automation.AutomationIntegrationTests.action;
import static io.worktrackr.automation.AutomationIntegrationTests.changed;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.RULES;
import static io.worktrackr.automation.AutomationRulesIntegrationTests.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketCreated;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A change becomes automation work (a stored publication, a run on the reaction pool) only in an organisation with
 * an enabled rule it could start: most changes in most organisations start nothing and cost no publication.
 */
class AutomationTriggersIntegrationTests extends IntegrationTest {

    @Test
    void aChangeIsStoredForAutomationOnlyWhereAnEnabledRuleStartsOnChanges() {
        Org org = fixtures.organisation();
        JsonNode ticket = org.ticket("Printer jams");
        assertThat(publicationsOf(org, ticket)).as("no rule at all").isZero();

        JsonNode onCreation = org.admin
                .api()
                .post(RULES, rule("On creation", trigger("ticket_created"), List.of(), List.of(note())))
                .body();
        assertThat(publicationsOf(org, ticket))
                .as("only a rule of another trigger")
                .isZero();

        Map<String, Object> onChange =
                rule("On change", changed("status", null, "pending"), List.of(), List.of(note()));
        String onChangeId = Json.string(org.admin.api().post(RULES, onChange).body(), "$.id");
        assertThat(publicationsOf(org, ticket)).as("an enabled rule on changes").isEqualTo(1);

        onChange.put("enabled", false);
        onChange.put("version", 1);
        assertThat(org.admin.api().put(RULES + "/" + onChangeId, onChange).status())
                .isEqualTo(200);
        assertThat(publicationsOf(org, ticket)).as("that rule disabled").isZero();
        assertThat(onCreation.get("enabled").booleanValue()).isTrue();
    }

    @Test
    void aCreationIsStoredForAutomationOnlyWhenACreationRuleAppliesToTheTicketAsCreated() {
        Org org = fixtures.organisation();
        UUID billing = org.queues.get("Billing");
        JsonNode general = org.ticket("Printer jams");
        JsonNode invoice = org.ticket(Map.of("title", "Invoice wrong", "queueId", billing, "priority", "high"));
        assertThat(creationsStored(org, general)).as("no rule at all").isZero();

        Map<String, Object> billingRule = rule(
                "Billing, high",
                trigger("ticket_created"),
                List.of(
                        Map.of("field", "queue", "operator", "is", "value", billing.toString()),
                        Map.of("field", "priority", "operator", "is", "value", "high")),
                List.of(note()));
        org.admin.api().post(RULES, billingRule);
        assertThat(creationsStored(org, general))
                .as("a creation rule for another queue: judged on the new ticket, nothing to run")
                .isZero();
        assertThat(creationsStored(org, invoice))
                .as("the rule applies to the ticket as created")
                .isEqualTo(1);

        org.admin
                .api()
                .post(
                        RULES,
                        rule(
                                "Any printer",
                                trigger("ticket_created"),
                                List.of(Map.of("field", "title", "operator", "contains", "value", "printer")),
                                List.of(note())));
        assertThat(creationsStored(org, general))
                .as("one of several rules applies: the rules run")
                .isEqualTo(1);
    }

    /** The ticket's creation published again (rolled back): what it stored for automation. */
    private int creationsStored(Org org, JsonNode ticket) {
        UUID id = UUID.fromString(Json.string(ticket, "$.id"));
        return publicationsStored(
                new TicketCreated(id, org.id, Json.number(ticket, "$.number"), org.admin.id(), clock.instant(), null),
                "automation.ticket-created",
                id);
    }

    /** A change of the ticket published (rolled back): what it stored for automation. */
    private int publicationsOf(Org org, JsonNode ticket) {
        UUID id = UUID.fromString(Json.string(ticket, "$.id"));
        return publicationsStored(
                new TicketChanged(
                        id,
                        org.id,
                        org.admin.id(),
                        clock.instant(),
                        List.of(new FieldChange("status", "open", "pending"))),
                "automation.ticket-changed",
                id);
    }

    private static Map<String, Object> trigger(String type) {
        return AutomationRulesIntegrationTests.trigger(type);
    }

    private static Map<String, Object> note() {
        return action("add_note", "Seen by automation");
    }
}
