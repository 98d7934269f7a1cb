package io.worktrackr.automation;

import io.worktrackr.automation.RuleDefinition.Condition;
import io.worktrackr.automation.RuleDefinition.Trigger;
import io.worktrackr.tickets.FieldChange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/** Does a rule apply to this event and this ticket as it is now? Pure: the dry-run asks the very same. */
final class RuleEvaluator {

    private RuleEvaluator() {}

    static boolean applies(
            RuleDefinition rule,
            TriggerEvent event,
            TicketState ticket,
            Instant now,
            BiPredicate<UUID, UUID> memberOf) {
        return triggerMatches(rule.trigger(), event) && conditionsHold(rule, event, ticket, now, memberOf);
    }

    static boolean triggerMatches(Trigger trigger, TriggerEvent event) {
        if (trigger.type() != event.type()) {
            return false;
        }
        return switch (trigger.type()) {
            case TICKET_CHANGED ->
                trigger.field() == null
                        || event.changes().stream()
                                .anyMatch(c -> c.field().equals(trigger.field())
                                        && (trigger.from() == null
                                                || trigger.from().equals(c.oldValue()))
                                        && (trigger.to() == null || trigger.to().equals(c.newValue())));
            case COMMENT_ADDED -> trigger.visibility() == null || trigger.visibility() == event.visibility();
            default -> true;
        };
    }

    static boolean conditionsHold(
            RuleDefinition rule,
            TriggerEvent event,
            TicketState ticket,
            Instant now,
            BiPredicate<UUID, UUID> memberOf) {
        if (rule.conditions().isEmpty()) {
            return true;
        }
        for (Condition condition : rule.conditions()) {
            boolean holds = holds(condition, event, ticket, now, memberOf);
            if (rule.matchAll() && !holds) {
                return false;
            }
            if (!rule.matchAll() && holds) {
                return true;
            }
        }
        return rule.matchAll();
    }

    private static boolean holds(
            Condition c, TriggerEvent event, TicketState ticket, Instant now, BiPredicate<UUID, UUID> memberOf) {
        String value = c.value();
        return switch (c.field()) {
            case STATUS -> is(c, ticket.status().code());
            case PRIORITY -> is(c, ticket.priority().code());
            case QUEUE -> is(c, ticket.queueId().toString());
            case ASSIGNEE ->
                switch (c.operator()) {
                    case IS_NOBODY -> ticket.assigneeId() == null;
                    case MEMBER_OF ->
                        ticket.assigneeId() != null
                                && memberOf.test(ticket.assigneeId(), UUID.fromString(Objects.requireNonNull(value)));
                    default ->
                        is(
                                c,
                                ticket.assigneeId() == null
                                        ? null
                                        : ticket.assigneeId().toString());
                };
            case TITLE -> contains(ticket.title(), value);
            case DESCRIPTION -> contains(ticket.description(), value);
            case CREATED -> ago(c, ticket.createdAt(), now);
            case UPDATED -> ago(c, ticket.updatedAt(), now);
            case ACTOR ->
                switch (Objects.requireNonNull(value)) {
                    case "person" -> !event.byAutomation() && !event.type().timeBased() && !isSla(event);
                    case "automation" -> event.byAutomation();
                    default -> true;
                };
        };
    }

    private static boolean isSla(TriggerEvent event) {
        return Set.of(TriggerType.SLA_AT_RISK, TriggerType.SLA_BREACHED).contains(event.type());
    }

    private static boolean is(Condition c, @org.jspecify.annotations.Nullable String actual) {
        boolean equal = Objects.equals(c.value(), actual);
        return c.operator() == ConditionOperator.IS_NOT ? !equal : equal;
    }

    private static boolean contains(String text, @org.jspecify.annotations.Nullable String value) {
        return value != null && text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
    }

    private static boolean ago(Condition c, Instant at, Instant now) {
        long millis = new BigDecimal(Objects.requireNonNull(c.value()))
                .multiply(BigDecimal.valueOf(3_600_000))
                .longValue();
        Duration age = Duration.between(at, now);
        return c.operator() == ConditionOperator.MORE_THAN_HOURS_AGO
                ? age.toMillis() > millis
                : age.toMillis() < millis;
    }

    /** A field a plan would change, as the activity log would name it. */
    static FieldChange change(String field, String from, String to) {
        return new FieldChange(field, from, to);
    }
}
