package io.worktrackr.automation;

import io.worktrackr.automation.RuleDefinition.Action;
import io.worktrackr.automation.RuleDefinition.Condition;
import io.worktrackr.automation.RuleDefinition.Trigger;
import io.worktrackr.automation.RuleDraft.ActionDraft;
import io.worktrackr.automation.RuleDraft.ConditionDraft;
import io.worktrackr.automation.RuleDraft.TriggerDraft;
import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.Text;
import io.worktrackr.conversation.Visibility;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link RuleDraft} into a {@link RuleDefinition}: every bad field is reported at once, named by its path
 * ({@code trigger.minutes}, {@code conditions[1].value}, {@code actions[0].value}). Queue and person references
 * must be open queues and members of the rule's organisation when written; {@link #referenceProblem} tells later
 * whether they still are.
 */
@Component
class RuleChecker {

    static final int MAX_NAME = 200;
    static final int MAX_CONDITIONS = 20;
    static final int MAX_ACTIONS = 10;
    static final int MAX_NOTE = 5000;
    static final int MAX_MINUTES = 525_600;
    static final String ADMINS = "admins";

    private static final Set<String> CHANGED_FIELDS = Set.of(
            TicketField.STATUS.activityName(),
            TicketField.PRIORITY.activityName(),
            TicketField.QUEUE.activityName(),
            TicketField.ASSIGNEE.activityName());

    private final QueueDirectory queues;
    private final UserDirectory users;

    RuleChecker(QueueDirectory queues, UserDirectory users) {
        this.queues = queues;
        this.users = users;
    }

    /** Checks the draft as written by an admin of this organisation (references included); throws InvalidInput. */
    RuleDefinition check(UUID organisationId, RuleDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Parse parse = new Parse(errors, organisationId, queues, users);
        parse.name(draft.name());
        if (draft.enabled() == null) {
            errors.add(new FieldError("enabled", "is required"));
        }
        RuleDefinition definition = parse.definition(draft);
        if (!errors.isEmpty() || definition == null) {
            throw new InvalidInput(errors.isEmpty() ? List.of(new FieldError("trigger", "is required")) : errors);
        }
        return definition;
    }

    /** Reads a stored definition (checked when written); references are not looked up again. */
    static RuleDefinition read(RuleDraft stored) {
        List<FieldError> errors = new ArrayList<>();
        RuleDefinition definition = new Parse(errors, null, null, null).definition(stored);
        if (definition == null || !errors.isEmpty()) {
            throw new IllegalStateException("Stored automation rule no longer parses: " + errors);
        }
        return definition;
    }

    /**
     * Why this definition cannot run any more in its organisation (a queue deleted or archived, a person who
     * left), or empty when it can.
     */
    Optional<String> referenceProblem(UUID organisationId, RuleDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        Parse parse = new Parse(errors, organisationId, queues, users);
        for (int i = 0; i < definition.conditions().size(); i++) {
            Condition c = definition.conditions().get(i);
            if (c.value() != null
                    && (c.field() == ConditionField.QUEUE || c.operator() == ConditionOperator.MEMBER_OF)) {
                parse.queue("conditions[" + i + "].value", UUID.fromString(c.value()));
            } else if (c.value() != null && c.field() == ConditionField.ASSIGNEE) {
                parse.member("conditions[" + i + "].value", UUID.fromString(c.value()));
            }
        }
        for (int i = 0; i < definition.actions().size(); i++) {
            Action a = definition.actions().get(i);
            if (a.value() == null) {
                continue;
            }
            switch (a.type()) {
                case SET_QUEUE, ASSIGN_ROUND_ROBIN, ASSIGN_LEAST_LOADED ->
                    parse.queue("actions[" + i + "].value", UUID.fromString(a.value()));
                case ASSIGN -> parse.member("actions[" + i + "].value", UUID.fromString(a.value()));
                case NOTIFY -> {
                    if (!ADMINS.equals(a.value())) {
                        parse.member("actions[" + i + "].value", UUID.fromString(a.value()));
                    }
                }
                default -> {}
            }
        }
        return errors.isEmpty()
                ? Optional.empty()
                : Optional.of(errors.get(0).field() + " " + errors.get(0).message());
    }

    /** One parse: collects errors; looks references up only when it has an organisation. */
    private static final class Parse {

        private final List<FieldError> errors;
        private final @Nullable UUID organisationId;
        private final @Nullable QueueDirectory queues;
        private final @Nullable UserDirectory users;

        Parse(
                List<FieldError> errors,
                @Nullable UUID organisationId,
                @Nullable QueueDirectory queues,
                @Nullable UserDirectory users) {
            this.errors = errors;
            this.organisationId = organisationId;
            this.queues = queues;
            this.users = users;
        }

        void name(@Nullable String name) {
            if (name == null || name.isBlank()) {
                errors.add(new FieldError("name", "must not be blank"));
            } else if (name.strip().length() > MAX_NAME) {
                errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
            } else {
                try {
                    Text.requireName("name", name);
                } catch (InvalidInput e) {
                    errors.addAll(e.errors());
                }
            }
        }

        @Nullable RuleDefinition definition(RuleDraft draft) {
            Trigger trigger = trigger(draft.trigger());
            boolean matchAll = true;
            if (draft.match() == null || draft.match().equals("all")) {
                matchAll = true;
            } else if (draft.match().equals("any")) {
                matchAll = false;
            } else {
                errors.add(new FieldError("match", "must be one of all, any"));
            }
            List<ConditionDraft> conditionDrafts = draft.conditions() == null ? List.of() : draft.conditions();
            List<ActionDraft> actionDrafts = draft.actions() == null ? List.of() : draft.actions();
            if (conditionDrafts.size() > MAX_CONDITIONS) {
                errors.add(new FieldError("conditions", "must hold at most " + MAX_CONDITIONS + " conditions"));
            }
            if (actionDrafts.isEmpty()) {
                errors.add(new FieldError("actions", "must hold at least one action"));
            } else if (actionDrafts.size() > MAX_ACTIONS) {
                errors.add(new FieldError("actions", "must hold at most " + MAX_ACTIONS + " actions"));
            }
            List<Condition> conditions = new ArrayList<>();
            for (int i = 0; i < conditionDrafts.size(); i++) {
                Condition c = condition("conditions[" + i + "]", conditionDrafts.get(i));
                if (c != null) {
                    conditions.add(c);
                }
            }
            List<Action> actions = new ArrayList<>();
            for (int i = 0; i < actionDrafts.size(); i++) {
                Action a = action("actions[" + i + "]", actionDrafts.get(i));
                if (a != null) {
                    actions.add(a);
                }
            }
            if (trigger == null || !errors.isEmpty()) {
                return null;
            }
            return new RuleDefinition(trigger, matchAll, List.copyOf(conditions), List.copyOf(actions));
        }

        private @Nullable Trigger trigger(@Nullable TriggerDraft t) {
            if (t == null) {
                errors.add(new FieldError("trigger", "is required"));
                return null;
            }
            TriggerType type = enumOf(TriggerType.class, "trigger.type", t.type());
            if (type == null) {
                return null;
            }
            String field = null;
            String from = null;
            String to = null;
            Visibility visibility = null;
            TicketStatus status = null;
            Integer minutes = null;
            boolean businessHours = Boolean.TRUE.equals(t.businessHours());
            if (type == TriggerType.TICKET_CHANGED) {
                if (t.field() != null) {
                    if (!CHANGED_FIELDS.contains(t.field())) {
                        errors.add(new FieldError("trigger.field", "must be one of status, priority, queue, assignee"));
                    } else {
                        field = t.field();
                        from = changeValue("trigger.from", field, t.from());
                        to = changeValue("trigger.to", field, t.to());
                    }
                } else if (t.from() != null || t.to() != null) {
                    errors.add(new FieldError("trigger.field", "is required with from or to"));
                }
            } else {
                notGiven("trigger.field", t.field());
                notGiven("trigger.from", t.from());
                notGiven("trigger.to", t.to());
            }
            if (type == TriggerType.COMMENT_ADDED) {
                if (t.visibility() != null) {
                    visibility = enumOf(Visibility.class, "trigger.visibility", t.visibility());
                }
            } else {
                notGiven("trigger.visibility", t.visibility());
            }
            if (type == TriggerType.TIME_IN_STATUS) {
                if (t.status() == null) {
                    errors.add(new FieldError("trigger.status", "is required"));
                } else {
                    status = enumOf(TicketStatus.class, "trigger.status", t.status());
                }
            } else {
                notGiven("trigger.status", t.status());
            }
            if (type.timeBased()) {
                if (t.minutes() == null) {
                    errors.add(new FieldError("trigger.minutes", "is required"));
                } else if (t.minutes() < 1 || t.minutes() > MAX_MINUTES) {
                    errors.add(new FieldError("trigger.minutes", "must be between 1 and " + MAX_MINUTES));
                } else {
                    minutes = t.minutes();
                }
            } else {
                notGiven("trigger.minutes", t.minutes());
                if (businessHours) {
                    errors.add(new FieldError("trigger.businessHours", "applies to time triggers only"));
                }
            }
            return new Trigger(type, field, from, to, visibility, status, minutes, businessHours);
        }

        private @Nullable String changeValue(String path, String field, @Nullable String value) {
            if (value == null) {
                return null;
            }
            if (field.equals(TicketField.STATUS.activityName())) {
                TicketStatus s = enumOf(TicketStatus.class, path, value);
                return s == null ? null : s.code();
            }
            if (field.equals(TicketField.PRIORITY.activityName())) {
                Priority p = enumOf(Priority.class, path, value);
                return p == null ? null : p.code();
            }
            UUID id = uuid(path, value);
            if (id == null) {
                return null;
            }
            if (field.equals(TicketField.QUEUE.activityName())) {
                queue(path, id);
            } else {
                member(path, id);
            }
            return id.toString();
        }

        private @Nullable Condition condition(String path, @Nullable ConditionDraft c) {
            if (c == null) {
                errors.add(new FieldError(path, "is required"));
                return null;
            }
            ConditionField field = enumOf(ConditionField.class, path + ".field", c.field());
            ConditionOperator operator = enumOf(ConditionOperator.class, path + ".operator", c.operator());
            if (field == null || operator == null) {
                return null;
            }
            Set<ConditionOperator> allowed = switch (field) {
                case STATUS, PRIORITY, QUEUE -> EnumSet.of(ConditionOperator.IS, ConditionOperator.IS_NOT);
                case ASSIGNEE ->
                    EnumSet.of(
                            ConditionOperator.IS,
                            ConditionOperator.IS_NOT,
                            ConditionOperator.IS_NOBODY,
                            ConditionOperator.MEMBER_OF);
                case TITLE, DESCRIPTION -> EnumSet.of(ConditionOperator.CONTAINS);
                case CREATED, UPDATED ->
                    EnumSet.of(ConditionOperator.MORE_THAN_HOURS_AGO, ConditionOperator.LESS_THAN_HOURS_AGO);
                case ACTOR -> EnumSet.of(ConditionOperator.IS);
            };
            if (!allowed.contains(operator)) {
                errors.add(new FieldError(
                        path + ".operator",
                        "must be one of "
                                + allowed.stream().map(ConditionOperator::code).collect(Collectors.joining(", "))
                                + " for " + field.code()));
                return null;
            }
            String valuePath = path + ".value";
            String value = c.value();
            if (operator == ConditionOperator.IS_NOBODY) {
                notGiven(valuePath, value);
                return new Condition(field, operator, null);
            }
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(valuePath, "is required"));
                return null;
            }
            String checked = switch (field) {
                case STATUS -> code(enumOf(TicketStatus.class, valuePath, value), TicketStatus::code);
                case PRIORITY -> code(enumOf(Priority.class, valuePath, value), Priority::code);
                case QUEUE -> queueValue(valuePath, value);
                case ASSIGNEE ->
                    operator == ConditionOperator.MEMBER_OF
                            ? queueValue(valuePath, value)
                            : memberValue(valuePath, value);
                case TITLE, DESCRIPTION -> text(valuePath, value, MAX_NAME);
                case CREATED, UPDATED -> hours(valuePath, value);
                case ACTOR -> oneOf(valuePath, value, List.of("person", "automation", "anyone"));
            };
            return checked == null ? null : new Condition(field, operator, checked);
        }

        private @Nullable Action action(String path, @Nullable ActionDraft a) {
            if (a == null) {
                errors.add(new FieldError(path, "is required"));
                return null;
            }
            ActionType type = enumOf(ActionType.class, path + ".type", a.type());
            if (type == null) {
                return null;
            }
            String valuePath = path + ".value";
            String value = a.value();
            if (type == ActionType.UNASSIGN) {
                notGiven(valuePath, value);
                return new Action(type, null);
            }
            if ((type == ActionType.ASSIGN_ROUND_ROBIN || type == ActionType.ASSIGN_LEAST_LOADED) && value == null) {
                return new Action(type, null); // the ticket's own queue
            }
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(valuePath, "is required"));
                return null;
            }
            String checked = switch (type) {
                case SET_STATUS -> code(enumOf(TicketStatus.class, valuePath, value), TicketStatus::code);
                case SET_PRIORITY -> code(enumOf(Priority.class, valuePath, value), Priority::code);
                case SET_QUEUE, ASSIGN_ROUND_ROBIN, ASSIGN_LEAST_LOADED -> queueValue(valuePath, value);
                case ASSIGN -> memberValue(valuePath, value);
                case ADD_NOTE -> note(valuePath, value);
                case NOTIFY -> ADMINS.equals(value) ? ADMINS : memberValue(valuePath, value);
                case UNASSIGN -> null;
            };
            return checked == null ? null : new Action(type, checked);
        }

        private @Nullable String note(String path, String value) {
            if (value.length() > MAX_NOTE) {
                errors.add(new FieldError(path, "must be at most " + MAX_NOTE + " characters"));
                return null;
            }
            try {
                return Text.requireMultiLine(path, value);
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
                return null;
            }
        }

        private @Nullable String text(String path, String value, int max) {
            if (value.length() > max) {
                errors.add(new FieldError(path, "must be at most " + max + " characters"));
                return null;
            }
            return value;
        }

        private @Nullable String hours(String path, String value) {
            try {
                BigDecimal hours = new BigDecimal(value.strip());
                if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(MAX_MINUTES / 60)) > 0) {
                    errors.add(new FieldError(path, "must be hours between 0 and " + MAX_MINUTES / 60));
                    return null;
                }
                return hours.toPlainString();
            } catch (NumberFormatException e) {
                errors.add(new FieldError(path, "must be a number of hours, such as 2 or 1.5"));
                return null;
            }
        }

        private @Nullable String oneOf(String path, String value, List<String> allowed) {
            if (!allowed.contains(value)) {
                errors.add(new FieldError(path, "must be one of " + String.join(", ", allowed)));
                return null;
            }
            return value;
        }

        private @Nullable String queueValue(String path, String value) {
            UUID id = uuid(path, value);
            return id != null && queue(path, id) ? id.toString() : null;
        }

        private @Nullable String memberValue(String path, String value) {
            UUID id = uuid(path, value);
            return id != null && member(path, id) ? id.toString() : null;
        }

        boolean queue(String path, UUID id) {
            if (organisationId == null || queues == null) {
                return true;
            }
            Map<UUID, Queue> found =
                    queues.all(organisationId).stream().collect(Collectors.toMap(Queue::id, Function.identity()));
            Queue queue = found.get(id);
            if (queue == null) {
                errors.add(new FieldError(path, "is not a queue of this organisation"));
                return false;
            }
            if (queue.archived()) {
                errors.add(new FieldError(path, "queue '" + queue.name() + "' is archived"));
                return false;
            }
            return true;
        }

        boolean member(String path, UUID id) {
            if (organisationId == null || users == null) {
                return true;
            }
            if (users.member(organisationId, id).isEmpty()) {
                errors.add(new FieldError(path, "is not a member of this organisation"));
                return false;
            }
            return true;
        }

        private @Nullable UUID uuid(String path, String value) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(path, "must be an id"));
                return null;
            }
        }

        private <E extends Enum<E>> @Nullable E enumOf(Class<E> type, String path, @Nullable String code) {
            if (code == null) {
                errors.add(new FieldError(path, "is required"));
                return null;
            }
            Optional<E> found = Codes.parse(type, code);
            if (found.isEmpty()) {
                errors.add(new FieldError(path, "must be one of " + Codes.list(type)));
                return null;
            }
            return found.get();
        }

        private void notGiven(String path, @Nullable Object value) {
            if (value != null) {
                errors.add(new FieldError(
                        path, "does not apply to this " + (path.startsWith("trigger") ? "trigger" : "operator")));
            }
        }

        private static <E> @Nullable String code(@Nullable E value, Function<E, String> code) {
            return value == null ? null : code.apply(value);
        }
    }
}
