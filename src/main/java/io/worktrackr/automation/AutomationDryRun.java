package io.worktrackr.automation;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.conversation.Visibility;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Member;
import io.worktrackr.queues.QueueMembers;
import io.worktrackr.tickets.AutomationCause;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a saved or draft rule would have done over the last days, without writing anything (a read-only
 * transaction; round-robin turns and loads are simulated in memory). It replays the window's recorded events from
 * the activity log — creations, changes (grouped per change), comments, SLA crossings — each against the ticket as
 * it was right after that event (rebuilt from the current ticket by undoing the window's later changes), then the
 * open tickets that meet a time trigger now. It skips what the real engine skips: the rule's own changes, automated
 * notes, a status move the ticket would refuse.
 */
@Service
public class AutomationDryRun {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 30;
    static final int MAX_ITEMS = 100;
    static final int MAX_EVENTS = 50_000;

    private record Row(
            long seq,
            UUID ticketId,
            @Nullable UUID actorId,
            Instant at,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable UUID ruleId,
            @Nullable String ruleName,
            int ruleVersion,
            @Nullable String because) {}

    private final RuleRepository repository;
    private final RuleChecker checker;
    private final TicketQueries tickets;
    private final QueueMembers queueMembers;
    private final Assignment assignment;
    private final TimeTriggerScan scan;
    private final JdbcClient jdbc;
    private final Clock clock;

    AutomationDryRun(
            RuleRepository repository,
            RuleChecker checker,
            TicketQueries tickets,
            QueueMembers queueMembers,
            Assignment assignment,
            TimeTriggerScan scan,
            JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.checker = checker;
        this.tickets = tickets;
        this.queueMembers = queueMembers;
        this.assignment = assignment;
        this.scan = scan;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DryRunResult run(Actor actor, @Nullable UUID ruleId, @Nullable RuleDraft draft, @Nullable Integer days) {
        actor.requireAdmin();
        int window = days == null ? DEFAULT_DAYS : days;
        if (window < 1 || window > MAX_DAYS) {
            throw new InvalidInput("days", "must be between 1 and " + MAX_DAYS);
        }
        if ((ruleId == null) == (draft == null)) {
            throw new InvalidInput(List.of(new FieldError("ruleId", "give either ruleId or rule")));
        }
        Instant now = clock.instant();
        AutomationRule rule;
        if (ruleId != null) {
            rule = repository
                    .find(actor.organisationId(), ruleId)
                    .orElseThrow(() -> AutomationQueries.notFound(ruleId));
        } else {
            RuleDraft d = Objects.requireNonNull(draft);
            RuleDefinition definition = checker.check(actor.organisationId(), d);
            rule = new AutomationRule(
                    UUID.randomUUID(),
                    actor.organisationId(),
                    Objects.requireNonNull(d.name()).strip(),
                    true,
                    0,
                    0,
                    d,
                    definition,
                    null,
                    now,
                    now);
        }
        Simulation simulation = new Simulation(rule, actor);
        List<DryRunResult.Firing> firings = new ArrayList<>();
        int replayed = replayEvents(rule, actor, now.minus(Duration.ofDays(window)), simulation, firings);
        if (rule.definition().trigger().type().timeBased()) {
            replayed += replayTime(rule, actor, now, simulation, firings);
        }
        return new DryRunResult(
                window,
                replayed,
                firings.size(),
                firings.size() > MAX_ITEMS ? List.copyOf(firings.subList(0, MAX_ITEMS)) : List.copyOf(firings),
                firings.size() > MAX_ITEMS);
    }

    private int replayEvents(
            AutomationRule rule, Actor actor, Instant from, Simulation simulation, List<DryRunResult.Firing> firings) {
        List<Row> rows = jdbc.sql("""
                SELECT a.seq, a.ticket_id, a.actor_id, a.occurred_at, a.action, a.field, a.old_value, a.new_value,
                       a.automation_rule_id, a.automation_rule_name, a.automation_rule_version, a.automation_because
                FROM activity_log a
                WHERE a.organisation_id = :org AND a.occurred_at >= :from
                  AND a.action IN ('created', 'changed', 'commented', 'sla_at_risk', 'sla_breached')
                ORDER BY a.seq
                FETCH FIRST :limit ROWS ONLY""")
                .param("org", actor.organisationId())
                .param("from", toDb(from))
                .param("limit", MAX_EVENTS)
                .query((rs, i) -> new Row(
                        rs.getLong("seq"),
                        rs.getObject("ticket_id", UUID.class),
                        rs.getObject("actor_id", UUID.class),
                        Objects.requireNonNull(fromDb(rs, "occurred_at")),
                        rs.getString("action"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getObject("automation_rule_id", UUID.class),
                        rs.getString("automation_rule_name"),
                        rs.getInt("automation_rule_version"),
                        rs.getString("automation_because")))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        // the tickets as they were when the window opened: now, with the window's changes undone (newest first)
        Map<UUID, TicketState> state = new HashMap<>();
        for (Ticket t : tickets.getAll(
                actor, rows.stream().map(Row::ticketId).distinct().toList())) {
            state.put(t.id(), TicketState.of(t));
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.action().equals("changed") && r.field() != null && state.containsKey(r.ticketId())) {
                state.put(r.ticketId(), state.get(r.ticketId()).with(r.field(), r.oldValue()));
            }
        }
        Map<UUID, Visibility> visibilities = visibilities(actor.organisationId(), rows);
        int events = 0;
        for (int i = 0; i < rows.size(); ) {
            Row first = rows.get(i);
            int end = i + 1;
            if (first.action().equals("changed")) {
                while (end < rows.size() && sameChange(first, rows.get(end))) {
                    end++;
                }
            }
            List<Row> group = rows.subList(i, end);
            i = end;
            TicketState before = state.get(first.ticketId());
            if (before == null) {
                continue; // a ticket this actor cannot read any more
            }
            TicketState after = before;
            for (Row r : group) {
                if (r.field() != null && r.action().equals("changed")) {
                    after = after.with(r.field(), r.newValue());
                }
            }
            if (first.action().equals("changed") || first.action().equals("created")) {
                after = after.updatedAt(first.at());
            }
            state.put(first.ticketId(), after);
            TriggerEvent event = event(rule.organisationId(), first, group, after, visibilities);
            if (event == null) {
                continue;
            }
            events++;
            if (event.cause() != null && event.cause().ruleId().equals(rule.id())) {
                continue;
            }
            if (RuleEvaluator.applies(rule.definition(), event, after, first.at(), simulation.memberOf)) {
                simulation.fire(event, after, first.at(), firings);
            }
        }
        return events;
    }

    private int replayTime(
            AutomationRule rule, Actor actor, Instant now, Simulation simulation, List<DryRunResult.Firing> firings) {
        Instant threshold = now.minus(Duration.ofMinutes(
                Objects.requireNonNull(rule.definition().trigger().minutes())));
        List<TimeTriggerScan.Candidate> candidates = scan.candidates(rule, threshold, null, null);
        List<Ticket> current = tickets.getAll(
                actor,
                candidates.stream().map(TimeTriggerScan.Candidate::ticketId).toList());
        Map<UUID, Ticket> byId = current.stream().collect(Collectors.toMap(Ticket::id, t -> t));
        int events = 0;
        for (TimeTriggerScan.Candidate c : candidates) {
            Ticket ticket = byId.get(c.ticketId());
            if (ticket == null) {
                continue;
            }
            events++;
            TriggerEvent event = new TriggerEvent(
                    rule.definition().trigger().type(),
                    rule.organisationId(),
                    c.ticketId(),
                    now,
                    null,
                    List.of(),
                    null,
                    TimeTriggerScan.what(rule.definition().trigger(), c, now));
            TicketState state = TicketState.of(ticket);
            if (RuleEvaluator.conditionsHold(rule.definition(), event, state, now, simulation.memberOf)) {
                simulation.fire(event, state, now, firings);
            }
        }
        return events;
    }

    private static boolean sameChange(Row a, Row b) {
        return b.action().equals("changed")
                && a.ticketId().equals(b.ticketId())
                && a.at().equals(b.at())
                && Objects.equals(a.actorId(), b.actorId())
                && Objects.equals(a.ruleId(), b.ruleId());
    }

    private @Nullable TriggerEvent event(
            UUID org, Row first, List<Row> group, TicketState ticket, Map<UUID, Visibility> visibilities) {
        AutomationCause cause = first.ruleId() == null
                ? null
                : new AutomationCause(
                        first.ruleId(),
                        Objects.requireNonNullElse(first.ruleName(), ""),
                        first.ruleVersion(),
                        Objects.requireNonNullElse(first.because(), ""),
                        1,
                        null);
        return switch (first.action()) {
            case "created" -> TriggerEvent.created(org, first.ticketId(), ticket.number(), first.at(), null);
            case "changed" -> {
                List<FieldChange> changes = group.stream()
                        .map(r -> new FieldChange(Objects.requireNonNull(r.field()), r.oldValue(), r.newValue()))
                        .toList();
                yield new TriggerEvent(
                        TriggerType.TICKET_CHANGED,
                        org,
                        first.ticketId(),
                        first.at(),
                        cause,
                        changes,
                        null,
                        cause == null
                                ? "#" + ticket.number() + " changed: " + AutomationEngine.describe(changes)
                                : AutomationEngine.describe(changes));
            }
            case "commented" -> {
                Visibility visibility =
                        first.newValue() == null ? null : visibilities.get(UUID.fromString(first.newValue()));
                if (visibility == null) {
                    yield null; // an automated note, or a comment gone
                }
                yield new TriggerEvent(
                        TriggerType.COMMENT_ADDED,
                        org,
                        first.ticketId(),
                        first.at(),
                        null,
                        List.of(),
                        visibility,
                        (visibility == Visibility.PUBLIC ? "a reply" : "an internal note") + " was added");
            }
            case "sla_at_risk" ->
                new TriggerEvent(
                        TriggerType.SLA_AT_RISK,
                        org,
                        first.ticketId(),
                        first.at(),
                        null,
                        List.of(),
                        null,
                        "its SLA is at risk");
            case "sla_breached" ->
                new TriggerEvent(
                        TriggerType.SLA_BREACHED,
                        org,
                        first.ticketId(),
                        first.at(),
                        null,
                        List.of(),
                        null,
                        "its SLA was breached");
            default -> null;
        };
    }

    /** The visibility of the window's comments; automated notes are left out (they never start rules). */
    private Map<UUID, Visibility> visibilities(UUID organisationId, List<Row> rows) {
        List<UUID> ids = rows.stream()
                .filter(r -> r.action().equals("commented") && r.newValue() != null)
                .map(r -> UUID.fromString(Objects.requireNonNull(r.newValue())))
                .toList();
        Map<UUID, Visibility> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            jdbc.sql("SELECT c.id, c.visibility FROM comments c WHERE c.organisation_id = :org AND c.id IN (:ids) "
                            + "AND c.automation_rule_id IS NULL")
                    .param("org", organisationId)
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .query(rs -> {
                        Codes.parse(Visibility.class, rs.getString("visibility"))
                                .ifPresent(v -> {
                                    try {
                                        found.put(rs.getObject("id", UUID.class), v);
                                    } catch (java.sql.SQLException e) {
                                        throw new IllegalStateException(e);
                                    }
                                });
                    });
        }
        return found;
    }

    /** The rule's actions worked out in memory: round-robin turns and loads advance as the real engine's would. */
    private final class Simulation {

        private final AutomationRule rule;
        private final UUID organisationId;
        private final Map<UUID, @Nullable UUID> lastPicked = new HashMap<>();
        private final Map<UUID, Long> load;
        final BiPredicate<UUID, UUID> memberOf;

        Simulation(AutomationRule rule, Actor actor) {
            this.rule = rule;
            this.organisationId = actor.organisationId();
            this.load = new HashMap<>(tickets.activeTicketsPerAssignee(organisationId));
            this.memberOf =
                    (user, queue) -> queueMembers.queuesOf(organisationId, user).contains(queue);
        }

        void fire(TriggerEvent event, TicketState ticket, Instant at, List<DryRunResult.Firing> firings) {
            AutomationEngine.Plan plan = AutomationEngine.plan(
                    rule.definition(),
                    ticket,
                    (queueId, leastLoaded) -> Optional.ofNullable(pick(queueId, leastLoaded)));
            if (plan.refusedBy(ticket)) {
                return; // the ticket would refuse the move: the rule would not act
            }
            List<FieldChange> changes = plan.changes(ticket);
            if (changes.isEmpty() && plan.notes().isEmpty() && plan.tell().isEmpty()) {
                return;
            }
            TicketState after = ticket;
            for (FieldChange change : changes) {
                after = after.with(change.field(), change.newValue());
                if (change.field().equals(TicketField.ASSIGNEE.activityName()) && change.newValue() != null) {
                    load.merge(UUID.fromString(change.newValue()), 1L, Long::sum);
                }
            }
            TicketState noted = after;
            String note = plan.notes().isEmpty()
                    ? null
                    : plan.notes().stream()
                            .map(n -> NoteTemplate.render(n, noted, rule.name()))
                            .collect(Collectors.joining("\n\n"));
            firings.add(new DryRunResult.Firing(
                    ticket.id(), ticket.number(), ticket.title(), at, event.because(), changes, note));
        }

        private @Nullable UUID pick(UUID queueId, boolean leastLoaded) {
            List<UUID> candidates = queueMembers.of(organisationId, queueId).stream()
                    .map(Member::id)
                    .sorted(Comparator.naturalOrder())
                    .toList();
            if (candidates.isEmpty()) {
                return null;
            }
            UUID last = lastPicked.containsKey(queueId) ? lastPicked.get(queueId) : assignment.lastPicked(queueId);
            List<UUID> among = candidates;
            if (leastLoaded) {
                long fewest = candidates.stream()
                        .mapToLong(id -> load.getOrDefault(id, 0L))
                        .min()
                        .orElse(0);
                among = candidates.stream()
                        .filter(id -> load.getOrDefault(id, 0L) == fewest)
                        .toList();
            }
            UUID picked = Assignment.after(among, last);
            lastPicked.put(queueId, picked);
            return picked;
        }
    }
}
