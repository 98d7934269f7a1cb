package io.worktrackr.activity;

import io.worktrackr.automation.AutomationStopped;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loop protection's entries in a ticket's trail: an {@code automation_stopped} entry by the system (no actor) naming
 * the rule that was stopped and the cause chain it would have acted on; {@code field} says why ({@code depth_limit}:
 * a chain of rules reached the limit, {@code breaker}: the rule is paused for this ticket) and {@code new_value} how
 * far it got (the chain's depth, or the automated changes within the minute). Synchronous, inside the transaction
 * that records the stop, like {@link ActivityRecorder}.
 */
@Component
class AutomationActivity {

    private final ActivityRecorder recorder;

    AutomationActivity(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(AutomationStopped event) {
        recorder.append(
                event.organisationId(),
                event.ticketId(),
                null,
                event.at(),
                "automation_stopped",
                event.reason().code(),
                null,
                Integer.toString(event.count()),
                new ActivityChain.Extras(event.ruleId(), event.ruleName(), event.ruleVersion(), event.because(), null));
    }
}
