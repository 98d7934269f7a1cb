package io.worktrackr.automation;

import java.time.Instant;
import java.util.UUID;

/**
 * Loop protection stopped automation on a ticket: a chain of rules reacting to each other reached the depth limit
 * before {@code ruleName} could act, or the breaker paused {@code ruleName} for this ticket because automation changed
 * it {@code count} times within a minute. Published inside the transaction that records the stop, so the ticket's
 * history (the activity module) shows it beside the changes that led there; {@code because} is the cause chain the
 * stopped rule would have acted on.
 */
public record AutomationStopped(
        UUID organisationId,
        UUID ticketId,
        UUID ruleId,
        String ruleName,
        int ruleVersion,
        Reason reason,
        int count,
        String because,
        Instant at) {

    /** Why automation stopped; {@code count} is the chain's depth, or the changes within the minute. */
    public enum Reason {
        DEPTH_LIMIT("depth_limit"),
        BREAKER("breaker");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
