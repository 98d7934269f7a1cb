package io.worktrackr.automation;

import io.worktrackr.common.TransactionScoped;
import io.worktrackr.queues.QueueMembers;
import io.worktrackr.tickets.TicketCreated;
import io.worktrackr.tickets.TicketQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * Answers the trigger listeners' conditions ({@link AutomationEngine}): an event becomes a stored publication, and a
 * run on the reaction pool, only when its organisation has an enabled rule it could start. Most organisations have
 * no rule for most events (a status change with no "ticket changed" rule), and the publication is the costly part
 * of a reaction: a row written with the change, marked done and deleted, and a transaction of its own.
 *
 * <p>Asked inside the publishing transaction, from the database once per transaction (a bulk change of 500 tickets
 * asks once, not 500 times), so a rule enabled on another node counts from its commit on: no cache to go stale
 * across nodes.
 *
 * <p>A creation is judged as created: its publication is made only when an enabled "ticket created" rule applies to
 * the ticket as it stands in the creating transaction. That is what a creation trigger means (the rules that hold
 * for the new ticket; a rule never acts unless one of them did first, so none acting on the new ticket means none
 * acts at all), and it keeps a rule for one queue from costing every creation in every other queue a publication,
 * a transaction and a ticket read on the reaction pool. The engine still re-reads and re-judges the ticket when it
 * runs: someone may have changed it in between.
 */
@Component("automationTriggers")
class AutomationTriggers {

    private final RuleRepository rules;
    private final TicketQueries tickets;
    private final QueueMembers queueMembers;

    AutomationTriggers(RuleRepository rules, TicketQueries tickets, QueueMembers queueMembers) {
        this.rules = rules;
        this.tickets = tickets;
        this.queueMembers = queueMembers;
    }

    /** The trigger a creation starts: the person who created the ticket did it. */
    static TriggerEvent trigger(TicketCreated event) {
        return TriggerEvent.created(
                event.organisationId(), event.ticketId(), event.number(), event.at(), event.actorId());
    }

    /**
     * True when an enabled "ticket created" rule of the organisation applies to the ticket as created (see the class
     * comment).
     */
    public boolean watchCreation(TicketCreated event) {
        return onceInTransaction(event.ticketId(), () -> appliesAsCreated(event));
    }

    private boolean appliesAsCreated(TicketCreated event) {
        UUID org = event.organisationId();
        List<AutomationRule> enabled = rules.enabled(org, Set.of(TriggerType.TICKET_CREATED));
        if (enabled.isEmpty()) {
            return false;
        }
        TriggerEvent trigger = trigger(event);
        BiPredicate<UUID, UUID> memberOf = AutomationEngine.memberOf(queueMembers, org);
        return tickets.find(org, event.ticketId())
                .map(TicketState::of)
                .map(ticket -> enabled.stream()
                        .anyMatch(rule ->
                                RuleEvaluator.applies(rule.definition(), trigger, ticket, event.at(), memberOf)))
                .orElse(false);
    }

    /** True when an enabled rule of the organisation starts on this trigger ({@link TriggerType}'s name). */
    public boolean watch(UUID organisationId, String trigger) {
        TriggerType type = TriggerType.valueOf(trigger);
        return onceInTransaction(new Asked(organisationId, type), () -> rules.anyEnabled(organisationId, type));
    }

    /**
     * The answer to a question asked again in the same transaction (each event is judged for its publication and
     * again when it is delivered after the commit; a bulk change asks once per ticket the same question): from the database once.
     */
    private boolean onceInTransaction(Object question, BooleanSupplier answer) {
        Map<Object, Boolean> answered = TransactionScoped.get(this, HashMap::new);
        if (answered == null) {
            return answer.getAsBoolean();
        }
        return answered.computeIfAbsent(question, q -> answer.getAsBoolean());
    }

    private record Asked(UUID organisationId, TriggerType trigger) {}
}
