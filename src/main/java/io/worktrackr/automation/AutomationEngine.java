package io.worktrackr.automation;

import io.worktrackr.automation.RuleDefinition.Action;
import io.worktrackr.common.ProblemException;
import io.worktrackr.conversation.CommentManagement;
import io.worktrackr.conversation.CommentPosted;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.Role;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.queues.QueueMembers;
import io.worktrackr.sla.SlaAtRisk;
import io.worktrackr.sla.SlaBreached;
import io.worktrackr.tickets.AutomationCause;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.FieldConflict;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.StaleTicket;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketChanges;
import io.worktrackr.tickets.TicketCreated;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketManagement;
import io.worktrackr.tickets.TicketNotFound;
import io.worktrackr.tickets.TicketQueries;
import io.worktrackr.tickets.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the event-triggered rules after the triggering change commits (from the event publication registry), in
 * rule order, each rule in a transaction of its own that acts through the tickets' and the conversation's use
 * cases: a rule sees the ticket as the earlier rules left it.
 *
 * <p>Conflicts, field by field: a rule's write expects the values it evaluated ({@link #expectations}): the fields
 * its conditions look at and the fields its actions set (plus the queue when it picks an assignee among the ticket's
 * queue's members), each exactly as the rule read it. Someone changing any of those between the rule's read and its
 * write is a conflict: the rule re-reads the ticket and re-evaluates once (its conditions may no longer hold), and
 * gives up (recorded as a {@code conflict} firing) if they change again. Someone changing any other field does not
 * stand in the way: the rule's change applies on top. A rule with an {@code updated} condition looked at the whole
 * ticket (every change moves its change time), so it expects the whole ticket's version instead.
 *
 * <p>Loop protection: a change carries its {@link AutomationCause}; a rule never reacts to its own change, a chain
 * of more than {@code maxChainDepth} automated changes stops (recorded as a {@code depth_limit} firing), and a ticket
 * changed by automation more than {@code breakerChangesPerMinute} times within a minute pauses the rule about to
 * act for that ticket and tells the admins. Both stops are also told to the ticket's history
 * ({@link AutomationStopped}). A rule's note is written by the rule (no person), and the person whose change started
 * a chain travels with its {@link AutomationCause} ({@code causedBy}), so nobody is told about what they caused.
 */
@Component
@EnableConfigurationProperties(AutomationProperties.class)
class AutomationEngine {

    private static final Logger log = LoggerFactory.getLogger(AutomationEngine.class);

    static final String APPLIED = "applied";
    static final String DEPTH_LIMIT = "depth_limit";
    static final String BREAKER = "breaker";
    static final String CONFLICT = "conflict";
    static final String FAILED = "failed";

    /** What one rule did (or why not). */
    enum Outcome {
        NOT_APPLICABLE,
        APPLIED,
        NOTHING_TO_DO,
        STOPPED,
        CLAIMED_ELSEWHERE
    }

    private final RuleRepository rules;
    private final RuleChecker checker;
    private final TicketQueries tickets;
    private final TicketManagement ticketManagement;
    private final CommentManagement comments;
    private final Assignment assignment;
    private final QueueMembers queueMembers;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AutomationProperties properties;
    private final TransactionTemplate transaction;

    AutomationEngine(
            RuleRepository rules,
            RuleChecker checker,
            TicketQueries tickets,
            TicketManagement ticketManagement,
            CommentManagement comments,
            Assignment assignment,
            QueueMembers queueMembers,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock,
            AutomationProperties properties,
            PlatformTransactionManager transactions) {
        this.rules = rules;
        this.checker = checker;
        this.tickets = tickets;
        this.ticketManagement = ticketManagement;
        this.comments = comments;
        this.assignment = assignment;
        this.queueMembers = queueMembers;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    // the triggers: each listener runs without a transaction of its own; every rule gets one. The condition keeps an
    // event no enabled rule of its organisation starts on from becoming a stored publication (AutomationTriggers).

    @ApplicationModuleListener(
            id = "automation.ticket-created",
            propagation = Propagation.NOT_SUPPORTED,
            condition = "@automationTriggers.watchCreation(#event)")
    void on(TicketCreated event) {
        run(AutomationTriggers.trigger(event));
    }

    @ApplicationModuleListener(
            id = "automation.ticket-changed",
            propagation = Propagation.NOT_SUPPORTED,
            condition = "@automationTriggers.watch(#event.organisationId(), 'TICKET_CHANGED')")
    void on(TicketChanged event) {
        AutomationCause cause = event.automation();
        String what = cause == null
                ? (event.number() == null ? "the ticket" : "#" + event.number()) + " changed: "
                        + describe(event.changes())
                : describe(event.changes());
        run(new TriggerEvent(
                        TriggerType.TICKET_CHANGED,
                        event.organisationId(),
                        event.ticketId(),
                        event.at(),
                        cause,
                        event.changes(),
                        null,
                        what)
                .by(event.actorId()));
    }

    @ApplicationModuleListener(
            id = "automation.comment-posted",
            propagation = Propagation.NOT_SUPPORTED,
            condition = "@automationTriggers.watch(#event.organisationId(), 'COMMENT_ADDED')")
    void on(CommentPosted event) {
        if (event.automation() != null) {
            return; // a rule's own note never starts rules (no loops through notes)
        }
        run(new TriggerEvent(
                        TriggerType.COMMENT_ADDED,
                        event.organisationId(),
                        event.ticketId(),
                        event.at(),
                        null,
                        List.of(),
                        event.visibility(),
                        (event.visibility() == io.worktrackr.conversation.Visibility.PUBLIC
                                        ? "a reply"
                                        : "an internal note")
                                + " was added")
                .by(event.authorId()));
    }

    @ApplicationModuleListener(
            id = "automation.sla-at-risk",
            propagation = Propagation.NOT_SUPPORTED,
            condition = "@automationTriggers.watch(#event.organisationId(), 'SLA_AT_RISK')")
    void on(SlaAtRisk event) {
        run(new TriggerEvent(
                TriggerType.SLA_AT_RISK,
                event.organisationId(),
                event.ticketId(),
                event.atRiskAt(),
                null,
                List.of(),
                null,
                "its " + event.clock().label() + " SLA is at risk"));
    }

    @ApplicationModuleListener(
            id = "automation.sla-breached",
            propagation = Propagation.NOT_SUPPORTED,
            condition = "@automationTriggers.watch(#event.organisationId(), 'SLA_BREACHED')")
    void on(SlaBreached event) {
        run(new TriggerEvent(
                TriggerType.SLA_BREACHED,
                event.organisationId(),
                event.ticketId(),
                event.dueAt(),
                null,
                List.of(),
                null,
                "its " + event.clock().label() + " SLA was breached"));
    }

    /** Runs the organisation's enabled rules of the event's trigger type, in order. */
    void run(TriggerEvent event) {
        for (AutomationRule rule : rules.enabled(event.organisationId(), Set.of(event.type()))) {
            if (event.cause() != null && event.cause().ruleId().equals(rule.id())) {
                continue; // never react to one's own change
            }
            if (RuleEvaluator.triggerMatches(rule.definition().trigger(), event)) {
                runRule(rule, event);
            }
        }
    }

    /**
     * One rule on one ticket, in its own transaction; on a conflict (a field it evaluated changed meanwhile, see the
     * class comment) re-read and re-evaluate once, then give up.
     */
    Outcome runRule(AutomationRule rule, TriggerEvent event) {
        return runRule(rule, event, () -> true);
    }

    /**
     * As {@link #runRule(AutomationRule, TriggerEvent)}, but first {@code take}s the ticket inside the rule's
     * transaction (the time scan locks it with SKIP LOCKED and checks the period still holds); false: not now.
     */
    Outcome runRule(AutomationRule rule, TriggerEvent event, java.util.function.BooleanSupplier take) {
        for (int attempt = 0; ; attempt++) {
            try {
                return Objects.requireNonNull(transaction.execute(
                        status -> take.getAsBoolean() ? fire(rule, event) : Outcome.NOT_APPLICABLE));
            } catch (StaleTicket | FieldConflict e) {
                if (attempt >= 1) {
                    record(rule, event, CONFLICT);
                    log.info(
                            "Automation rule {} gave up on ticket {}: what it evaluated kept changing ({})",
                            rule.id(),
                            event.ticketId(),
                            e.getMessage());
                    return Outcome.STOPPED;
                }
            } catch (ProblemException e) {
                // the ticket refused the change (a status move not allowed from where it is now, …): the rule did
                // not apply; the next rule still runs
                record(rule, event, FAILED);
                log.info(
                        "Automation rule {} could not act on ticket {}: {}",
                        rule.id(),
                        event.ticketId(),
                        e.getMessage());
                return Outcome.STOPPED;
            }
        }
    }

    private void record(AutomationRule rule, TriggerEvent event, String outcome) {
        transaction.executeWithoutResult(status -> rules.recordFiring(
                rule.organisationId(), rule.id(), rule.version(), event.ticketId(), now(), outcome, null, null));
    }

    private Outcome fire(AutomationRule rule, TriggerEvent event) {
        UUID org = event.organisationId();
        Ticket ticket;
        try {
            ticket = tickets.get(reader(org), event.ticketId());
        } catch (TicketNotFound e) {
            return Outcome.NOT_APPLICABLE;
        }
        Instant now = now();
        if (rules.paused(rule.id(), ticket.id())) {
            return Outcome.NOT_APPLICABLE;
        }
        Optional<String> broken = checker.referenceProblem(org, rule.definition());
        if (broken.isPresent()) {
            rules.disable(org, rule.id(), broken.get(), now);
            log.info("Automation rule {} disabled: {}", rule.id(), broken.get());
            return Outcome.STOPPED;
        }
        if (!RuleEvaluator.conditionsHold(rule.definition(), event, TicketState.of(ticket), now, memberOf(org))) {
            return Outcome.NOT_APPLICABLE;
        }
        if (event.depth() >= properties.maxChainDepth()) {
            rules.recordFiring(org, rule.id(), rule.version(), ticket.id(), now, DEPTH_LIMIT, null, null);
            events.publishEvent(stopped(rule, ticket, AutomationStopped.Reason.DEPTH_LIMIT, event.depth(), event, now));
            log.info(
                    "Automation chain on ticket {} stopped at depth {} before rule {}",
                    ticket.id(),
                    event.depth(),
                    rule.id());
            return Outcome.STOPPED;
        }
        int changesInAMinute = rules.changesOf(ticket.id(), now.minus(Duration.ofMinutes(1)));
        if (changesInAMinute >= properties.breakerChangesPerMinute()) {
            if (rules.pause(org, rule.id(), ticket.id(), now)) {
                events.publishEvent(
                        stopped(rule, ticket, AutomationStopped.Reason.BREAKER, changesInAMinute, event, now));
                events.publishEvent(new AutomationAlert(
                        org,
                        ticket.id(),
                        admins(org),
                        rule.id(),
                        rule.name(),
                        "Automation rule “" + rule.name() + "” was paused on #" + ticket.number()
                                + ": the ticket was changed by automation too often",
                        "automation-breaker:" + rule.id() + ":" + ticket.id(),
                        now));
            }
            rules.recordFiring(org, rule.id(), rule.version(), ticket.id(), now, BREAKER, null, null);
            return Outcome.STOPPED;
        }
        if (event.claimKey() != null
                && !rules.recordFiring(
                        org,
                        rule.id(),
                        rule.version(),
                        ticket.id(),
                        now,
                        APPLIED,
                        event.claimKey(),
                        event.claimSince())) {
            return Outcome.CLAIMED_ELSEWHERE;
        }
        boolean acted = act(rule, event, ticket, now);
        if (acted && event.claimKey() == null) {
            rules.recordFiring(org, rule.id(), rule.version(), ticket.id(), now, APPLIED, null, null);
        }
        return acted ? Outcome.APPLIED : Outcome.NOTHING_TO_DO;
    }

    private static AutomationStopped stopped(
            AutomationRule rule,
            Ticket ticket,
            AutomationStopped.Reason reason,
            int count,
            TriggerEvent event,
            Instant now) {
        return new AutomationStopped(
                ticket.organisationId(),
                ticket.id(),
                rule.id(),
                rule.name(),
                rule.version(),
                reason,
                count,
                event.because(),
                now);
    }

    /** Carries out the rule's actions; true when anything happened. */
    private boolean act(AutomationRule rule, TriggerEvent event, Ticket ticket, Instant now) {
        UUID org = ticket.organisationId();
        Plan plan = plan(
                rule.definition(),
                TicketState.of(ticket),
                (queueId, leastLoaded) ->
                        leastLoaded ? assignment.leastLoaded(org, queueId) : assignment.roundRobin(org, queueId));
        AutomationCause cause = new AutomationCause(
                rule.id(), rule.name(), rule.version(), event.because(), event.depth() + 1, event.causedBy());
        boolean acted = false;
        if (plan.changesTicket()) {
            TicketChanges changes = expectations(rule.definition(), plan, ticket);
            beforeWrite.run(rule, ticket);
            Ticket after = ticketManagement.changeByAutomation(org, ticket.id(), changes, cause);
            // every field the rule sets held at the write exactly what the rule read (else a conflict was thrown), so
            // the write changed exactly what the plan changes on the ticket as read (someone else's change of another
            // field meanwhile moved the version, so the versions cannot tell)
            acted = !plan.changes(TicketState.of(ticket)).isEmpty();
            ticket = after;
        }
        for (String note : plan.notes()) {
            comments.postAutomatedNote(
                    org, ticket.id(), cause, NoteTemplate.render(note, TicketState.of(ticket), rule));
            acted = true;
        }
        if (!plan.tell().isEmpty()) {
            List<UUID> recipients = new ArrayList<>();
            for (String who : plan.tell()) {
                if (RuleChecker.ADMINS.equals(who)) {
                    recipients.addAll(admins(org));
                } else {
                    recipients.add(UUID.fromString(who));
                }
            }
            events.publishEvent(new AutomationAlert(
                    org,
                    ticket.id(),
                    recipients.stream().distinct().toList(),
                    rule.id(),
                    rule.name(),
                    "Automation rule “" + rule.name() + "” on #" + ticket.number() + " " + event.because(),
                    "automation:" + rule.id() + ":" + rule.version() + ":" + ticket.id() + ":" + event.at(),
                    now));
            acted = true;
        }
        return acted;
    }

    /**
     * The rule's change with what it evaluated, for the write to check ({@link TicketManagement#changeByAutomation}):
     * per field the value read of every field its conditions look at ({@code created} never changes, {@code actor} is
     * the event's) and of every field its actions set, and of the queue when it picked an assignee among the ticket's
     * queue's members. A rule with an {@code updated} condition expects the whole ticket's version instead: any
     * change of the ticket moves its change time, so no change is "another field" to it.
     */
    static TicketChanges expectations(RuleDefinition definition, Plan plan, Ticket read) {
        TicketChanges changes = plan.ticketChanges();
        boolean wholeTicket = definition.conditions().stream().anyMatch(c -> c.field() == ConditionField.UPDATED);
        if (wholeTicket) {
            return changes.expectingVersion(read.version());
        }
        Map<TicketField, @Nullable String> expected = new EnumMap<>(TicketField.class);
        for (TicketField field : evaluatedFields(definition, plan)) {
            expected.put(field, rawValue(read, field));
        }
        return changes.expectingFields(expected);
    }

    /** The ticket's fields a rule's decision rests on: those its conditions read and those its actions set. */
    static Set<TicketField> evaluatedFields(RuleDefinition definition, Plan plan) {
        Set<TicketField> fields = java.util.EnumSet.noneOf(TicketField.class);
        for (RuleDefinition.Condition condition : definition.conditions()) {
            switch (condition.field()) {
                case STATUS -> fields.add(TicketField.STATUS);
                case PRIORITY -> fields.add(TicketField.PRIORITY);
                case QUEUE -> fields.add(TicketField.QUEUE);
                case ASSIGNEE -> fields.add(TicketField.ASSIGNEE);
                case TITLE -> fields.add(TicketField.TITLE);
                case DESCRIPTION -> fields.add(TicketField.DESCRIPTION);
                case CREATED, UPDATED, ACTOR -> {
                    // created never changes; actor is the triggering event's; updated: the whole ticket (expectations)
                }
            }
        }
        if (plan.status() != null) {
            fields.add(TicketField.STATUS);
        }
        if (plan.priority() != null) {
            fields.add(TicketField.PRIORITY);
        }
        if (plan.queue() != null || plan.pickedInTicketsQueue()) {
            fields.add(TicketField.QUEUE);
        }
        if (plan.assigneeGiven()) {
            fields.add(TicketField.ASSIGNEE);
        }
        return fields;
    }

    private static @Nullable String rawValue(Ticket ticket, TicketField field) {
        return switch (field) {
            case STATUS -> ticket.status().code();
            case PRIORITY -> ticket.priority().code();
            case QUEUE -> ticket.queueId().toString();
            case ASSIGNEE ->
                ticket.assigneeId() == null ? null : ticket.assigneeId().toString();
            case TITLE -> ticket.title();
            case DESCRIPTION -> ticket.description();
        };
    }

    /**
     * A seam for tests: runs after a rule read and evaluated the ticket and before it writes, inside the rule's
     * transaction, so a test can change the ticket in between deterministically (no timing). Does nothing otherwise.
     */
    @FunctionalInterface
    interface BeforeWrite {
        BeforeWrite NOTHING = (rule, read) -> {};

        void run(AutomationRule rule, Ticket read);
    }

    private volatile BeforeWrite beforeWrite = BeforeWrite.NOTHING;

    /** Tests only: sets the seam ({@link BeforeWrite#NOTHING} to take it away again). */
    void beforeWrite(BeforeWrite hook) {
        this.beforeWrite = hook;
    }

    /** Picks an assignee among a queue's members: the engine takes real turns, the dry run simulated ones. */
    @FunctionalInterface
    interface Picker {
        Optional<UUID> pick(UUID queueId, boolean leastLoaded);
    }

    /**
     * What a rule's actions come to on a ticket, worked out without writing: the one reading of the actions that the
     * engine carries out and the dry run reports. A later action overrides an earlier one of the same field;
     * round-robin and least-loaded pick among the members of the action's queue, else of the queue this rule moves
     * the ticket to, else of the ticket's ({@code pickedInTicketsQueue}: the pick rests on the ticket's queue); {@code
     * tell} are whom its notify actions name (a person, or {@code admins}).
     */
    record Plan(
            @Nullable TicketStatus status,
            @Nullable Priority priority,
            @Nullable UUID queue,
            boolean assigneeGiven,
            @Nullable UUID assignee,
            boolean pickedInTicketsQueue,
            List<String> notes,
            List<String> tell) {

        boolean changesTicket() {
            return status != null || priority != null || queue != null || assigneeGiven;
        }

        TicketChanges ticketChanges() {
            return new TicketChanges(null, status, priority, assigneeGiven, assignee, queue, null, null);
        }

        /** The ticket would refuse the status move (so the rule would not act). */
        boolean refusedBy(TicketState ticket) {
            return status != null
                    && status != ticket.status()
                    && !ticket.status().mayMoveTo(status);
        }

        /** The fields that would really change, in the order the ticket records them: priority, queue, assignee, status. */
        List<FieldChange> changes(TicketState ticket) {
            List<FieldChange> changes = new ArrayList<>();
            if (priority != null && priority != ticket.priority()) {
                changes.add(new FieldChange(
                        TicketField.PRIORITY.activityName(), ticket.priority().code(), priority.code()));
            }
            if (queue != null && !queue.equals(ticket.queueId())) {
                changes.add(new FieldChange(
                        TicketField.QUEUE.activityName(), ticket.queueId().toString(), queue.toString()));
            }
            if (assigneeGiven && !Objects.equals(assignee, ticket.assigneeId())) {
                changes.add(new FieldChange(
                        TicketField.ASSIGNEE.activityName(),
                        ticket.assigneeId() == null ? null : ticket.assigneeId().toString(),
                        assignee == null ? null : assignee.toString()));
            }
            if (status != null && status != ticket.status()) {
                changes.add(new FieldChange(
                        TicketField.STATUS.activityName(), ticket.status().code(), status.code()));
            }
            return changes;
        }
    }

    /** The rule's actions read against the ticket as it is ({@code picker} chooses assignees); writes nothing. */
    static Plan plan(RuleDefinition definition, TicketState ticket, Picker picker) {
        TicketStatus status = null;
        Priority priority = null;
        UUID queue = null;
        boolean assigneeGiven = false;
        UUID assignee = null;
        boolean pickedInTicketsQueue = false;
        List<String> notes = new ArrayList<>();
        List<String> tell = new ArrayList<>();
        for (Action action : definition.actions()) {
            String value = action.value();
            switch (action.type()) {
                case SET_STATUS -> status = TicketStatus.fromCode(Objects.requireNonNull(value));
                case SET_PRIORITY -> priority = Priority.fromCode(Objects.requireNonNull(value));
                case SET_QUEUE -> queue = UUID.fromString(Objects.requireNonNull(value));
                case ASSIGN -> {
                    assigneeGiven = true;
                    assignee = UUID.fromString(Objects.requireNonNull(value));
                }
                case UNASSIGN -> {
                    assigneeGiven = true;
                    assignee = null;
                }
                case ASSIGN_ROUND_ROBIN, ASSIGN_LEAST_LOADED -> {
                    UUID from = value != null ? UUID.fromString(value) : queue != null ? queue : ticket.queueId();
                    pickedInTicketsQueue |= value == null && queue == null;
                    Optional<UUID> picked = picker.pick(from, action.type() == ActionType.ASSIGN_LEAST_LOADED);
                    if (picked.isPresent()) {
                        assigneeGiven = true;
                        assignee = picked.get();
                    }
                }
                case ADD_NOTE -> notes.add(Objects.requireNonNull(value));
                case NOTIFY -> tell.add(Objects.requireNonNull(value));
            }
        }
        return new Plan(
                status,
                priority,
                queue,
                assigneeGiven,
                assignee,
                pickedInTicketsQueue,
                List.copyOf(notes),
                List.copyOf(tell));
    }

    /** Is this person a member of that queue (the assignee member_of condition)? */
    java.util.function.BiPredicate<UUID, UUID> memberOf(UUID organisationId) {
        return memberOf(queueMembers, organisationId);
    }

    static java.util.function.BiPredicate<UUID, UUID> memberOf(QueueMembers queueMembers, UUID organisationId) {
        return (userId, queueId) ->
                queueMembers.queuesOf(organisationId, userId).contains(queueId);
    }

    private List<UUID> admins(UUID organisationId) {
        return users.admins(organisationId).stream().map(Member::id).sorted().toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static Actor reader(UUID organisationId) {
        return new Actor(new UUID(0, 0), organisationId, Role.AGENT);
    }

    /** The changes in words (set status to resolved, assigned it) for the cause chain. */
    static String describe(List<FieldChange> changes) {
        return changes.stream()
                .map(c -> {
                    if (c.field().equals(TicketField.ASSIGNEE.activityName())) {
                        return c.newValue() == null ? "unassigned it" : "assigned it";
                    }
                    if (c.field().equals(TicketField.STATUS.activityName())
                            || c.field().equals(TicketField.PRIORITY.activityName())) {
                        return "set " + c.field() + " to " + c.newValue();
                    }
                    return c.field().equals(TicketField.QUEUE.activityName())
                            ? "moved it to another queue"
                            : "changed " + c.field();
                })
                .collect(Collectors.joining(", "));
    }
}
