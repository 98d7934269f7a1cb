package io.worktrackr.automation;

import io.worktrackr.conversation.Visibility;
import io.worktrackr.tickets.TicketStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A checked rule: what starts it, what must hold, what it does. */
public record RuleDefinition(Trigger trigger, boolean matchAll, List<Condition> conditions, List<Action> actions) {

    /**
     * {@code field}, {@code from}, {@code to}: ticket_changed only (activity field names, values as stored: status
     * and priority codes, queue and user ids); {@code visibility}: comment_added only; {@code status} and
     * {@code minutes}: time triggers.
     */
    public record Trigger(
            TriggerType type,
            @Nullable String field,
            @Nullable String from,
            @Nullable String to,
            @Nullable Visibility visibility,
            @Nullable TicketStatus status,
            @Nullable Integer minutes,
            boolean businessHours) {}

    public record Condition(
            ConditionField field,
            ConditionOperator operator,
            @Nullable String value) {}

    public record Action(ActionType type, @Nullable String value) {}
}
