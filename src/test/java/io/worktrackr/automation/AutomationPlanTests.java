package io.worktrackr.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.automation.RuleDefinition.Action;
import io.worktrackr.automation.RuleDefinition.Trigger;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one reading of a rule's actions that the engine carries out and the dry run reports. */
class AutomationPlanTests {

    static final UUID SUPPORT = UUID.randomUUID();
    static final UUID BILLING = UUID.randomUUID();
    static final UUID ANN = UUID.randomUUID();
    static final UUID BEN = UUID.randomUUID();

    static TicketState ticket(TicketStatus status) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        return new TicketState(UUID.randomUUID(), 12, "Printer", "Jams", status, Priority.MEDIUM, SUPPORT, ANN, at, at);
    }

    static RuleDefinition rule(Action... actions) {
        return new RuleDefinition(
                new Trigger(TriggerType.TICKET_CREATED, null, null, null, null, null, null, false),
                true,
                List.of(),
                List.of(actions));
    }

    @Test
    void theChangesComeInTheTicketsOrderAndOnlyWhatReallyChanges() {
        AutomationEngine.Plan plan = AutomationEngine.plan(
                rule(
                        new Action(ActionType.SET_STATUS, "pending"),
                        new Action(ActionType.ASSIGN, ANN.toString()),
                        new Action(ActionType.SET_PRIORITY, "low"),
                        new Action(ActionType.SET_PRIORITY, "high"),
                        new Action(ActionType.SET_QUEUE, BILLING.toString()),
                        new Action(ActionType.ADD_NOTE, "Moved {{ticket.number}}"),
                        new Action(ActionType.NOTIFY, "admins")),
                ticket(TicketStatus.OPEN),
                (queue, leastLoaded) -> Optional.empty());

        // the later priority wins; the assignee is already Ann, so that is no change
        assertThat(plan.changes(ticket(TicketStatus.OPEN)))
                .containsExactly(
                        new FieldChange("priority", "medium", "high"),
                        new FieldChange("queue", SUPPORT.toString(), BILLING.toString()),
                        new FieldChange("status", "open", "pending"));
        assertThat(plan.notes()).containsExactly("Moved {{ticket.number}}");
        assertThat(plan.tell()).containsExactly("admins");
        assertThat(plan.refusedBy(ticket(TicketStatus.OPEN))).isFalse();
    }

    @Test
    void roundRobinPicksAmongTheQueueTheRuleMovesTheTicketToAndUnassignedIsAChange() {
        List<UUID> askedFor = new ArrayList<>();
        AutomationEngine.Plan plan = AutomationEngine.plan(
                rule(
                        new Action(ActionType.SET_QUEUE, BILLING.toString()),
                        new Action(ActionType.ASSIGN_ROUND_ROBIN, null)),
                ticket(TicketStatus.OPEN),
                (queue, leastLoaded) -> {
                    askedFor.add(queue);
                    return Optional.of(BEN);
                });
        assertThat(askedFor).containsExactly(BILLING);
        assertThat(plan.changes(ticket(TicketStatus.OPEN)))
                .contains(new FieldChange("assignee", ANN.toString(), BEN.toString()));

        AutomationEngine.Plan unassign = AutomationEngine.plan(
                rule(new Action(ActionType.UNASSIGN, null)),
                ticket(TicketStatus.OPEN),
                (queue, leastLoaded) -> Optional.empty());
        assertThat(unassign.changes(ticket(TicketStatus.OPEN)))
                .containsExactly(new FieldChange("assignee", ANN.toString(), null));
        assertThat(unassign.ticketChanges().assigneeGiven()).isTrue();
    }

    @Test
    void aStatusMoveTheTicketForbidsIsRefused() {
        AutomationEngine.Plan plan = AutomationEngine.plan(
                rule(new Action(ActionType.SET_STATUS, "pending")),
                ticket(TicketStatus.CLOSED),
                (queue, leastLoaded) -> Optional.empty());
        assertThat(plan.refusedBy(ticket(TicketStatus.CLOSED))).isTrue();
        assertThat(plan.refusedBy(ticket(TicketStatus.OPEN))).isFalse();
    }

    @Test
    void aRuleExpectsTheFieldsItsConditionsReadAndItsActionsSetAndNothingElse() {
        RuleDefinition rule = new RuleDefinition(
                new Trigger(TriggerType.TICKET_CREATED, null, null, null, null, null, null, false),
                true,
                List.of(
                        new RuleDefinition.Condition(ConditionField.TITLE, ConditionOperator.CONTAINS, "printer"),
                        new RuleDefinition.Condition(
                                ConditionField.CREATED, ConditionOperator.MORE_THAN_HOURS_AGO, "1"),
                        new RuleDefinition.Condition(ConditionField.ACTOR, ConditionOperator.IS, "person")),
                List.of(
                        new Action(ActionType.SET_PRIORITY, "high"),
                        new Action(ActionType.ADD_NOTE, "Raised"),
                        new Action(ActionType.NOTIFY, "admins")));
        AutomationEngine.Plan plan =
                AutomationEngine.plan(rule, ticket(TicketStatus.OPEN), (queue, leastLoaded) -> Optional.empty());

        // status, queue, assignee and description are nobody's business here: a person may change them meanwhile
        assertThat(AutomationEngine.evaluatedFields(rule, plan))
                .containsExactlyInAnyOrder(TicketField.TITLE, TicketField.PRIORITY);
    }

    @Test
    void anAssigneePickedAmongTheTicketsOwnQueueRestsOnTheQueue() {
        AutomationEngine.Plan ownQueue = AutomationEngine.plan(
                rule(new Action(ActionType.ASSIGN_ROUND_ROBIN, null)),
                ticket(TicketStatus.OPEN),
                (queue, leastLoaded) -> Optional.of(BEN));
        assertThat(AutomationEngine.evaluatedFields(rule(new Action(ActionType.ASSIGN_ROUND_ROBIN, null)), ownQueue))
                .containsExactlyInAnyOrder(TicketField.ASSIGNEE, TicketField.QUEUE);

        RuleDefinition named = rule(new Action(ActionType.ASSIGN_LEAST_LOADED, BILLING.toString()));
        AutomationEngine.Plan namedQueue =
                AutomationEngine.plan(named, ticket(TicketStatus.OPEN), (queue, leastLoaded) -> Optional.of(BEN));
        assertThat(AutomationEngine.evaluatedFields(named, namedQueue)).containsExactly(TicketField.ASSIGNEE);
    }
}
