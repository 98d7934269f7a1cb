package io.worktrackr.automation;

import io.worktrackr.common.TransactionScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
 */
@Component("automationTriggers")
class AutomationTriggers {

    private final RuleRepository rules;

    AutomationTriggers(RuleRepository rules) {
        this.rules = rules;
    }

    /** True when an enabled rule of the organisation starts on this trigger ({@link TriggerType}'s name). */
    public boolean watch(UUID organisationId, String trigger) {
        TriggerType type = TriggerType.valueOf(trigger);
        Map<Asked, Boolean> answered = TransactionScoped.get(this, HashMap::new);
        if (answered == null) {
            return rules.anyEnabled(organisationId, type);
        }
        return answered.computeIfAbsent(new Asked(organisationId, type), a -> rules.anyEnabled(organisationId, type));
    }

    private record Asked(UUID organisationId, TriggerType trigger) {}
}
