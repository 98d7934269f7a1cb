package io.worktrackr.sla;

import io.worktrackr.conversation.CommentPosted;
import io.worktrackr.conversation.Visibility;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketCreated;
import io.worktrackr.tickets.TicketDeadlines;
import io.worktrackr.tickets.TicketStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every ticket's clocks, and the ticket's nearest due and at-risk instants, in step with the ticket: it
 * listens synchronously, inside the transaction of the change (single, bulk, create, first reply), so a change and
 * its SLA commit or roll back together and the views never see one without the other. The ticket row is locked by
 * then (the change locked it), so two changes of one ticket cannot interleave here.
 */
@Component
class SlaClocks {

    private final SlaRepository repository;
    private final TicketDeadlines deadlines;
    private final ApplicationEventPublisher events;

    SlaClocks(SlaRepository repository, TicketDeadlines deadlines, ApplicationEventPublisher events) {
        this.repository = repository;
        this.deadlines = deadlines;
        this.events = events;
    }

    @EventListener
    void on(TicketCreated event) {
        deadlines.find(event.organisationId(), event.ticketId()).ifPresent(ticket -> start(ticket, event.at()));
    }

    @EventListener
    void on(TicketChanged event) {
        Map<String, FieldChange> changed = new HashMap<>();
        event.changes().forEach(c -> changed.put(c.field(), c));
        FieldChange status = changed.get("status");
        boolean rematch = changed.containsKey("priority") || changed.containsKey("queue");
        if (status == null && !rematch) {
            return;
        }
        Optional<Ticket> found = deadlines.find(event.organisationId(), event.ticketId());
        if (found.isEmpty()) {
            return;
        }
        Ticket ticket = found.get();
        List<SlaClock> clocks = repository.clocks(ticket.organisationId(), ticket.id());
        if (clocks.isEmpty()) {
            return; // a ticket from before the SLA engine: no clocks
        }
        Instant now = event.at();
        // most changes (open to in progress, a priority the policy treats alike) move no clock: write only those
        // that did, so such a change costs no sla_clocks update
        List<SlaClock.Written> before = clocks.stream().map(SlaClock::written).toList();
        Policies policies = new Policies(ticket.organisationId());
        Optional<SlaPolicy> rematched = rematch ? policies.matching(ticket) : Optional.empty();
        if (rematched.isPresent()) {
            // no policy matching any more leaves the clocks as they are
            SlaPolicy policy = rematched.get();
            for (SlaClock clock : clocks) {
                int target = policy.targetMinutes(clock.kind, ticket.priority());
                clock.retarget(
                        policy.id(),
                        target,
                        policy.thresholdMinutes(target),
                        now,
                        policies.calendarOf(clock.policyId),
                        policies.calendarOf(policy.id()));
            }
        }
        if (status != null) {
            move(
                    ticket,
                    TicketStatus.fromCode(status.oldValue()),
                    TicketStatus.fromCode(status.newValue()),
                    clocks,
                    policies,
                    now);
        }
        List<SlaClock> moved = new java.util.ArrayList<>();
        for (int i = 0; i < clocks.size(); i++) {
            if (!clocks.get(i).written().equals(before.get(i))) {
                moved.add(clocks.get(i));
            }
        }
        save(ticket, moved, clocks);
    }

    /** The first public reply (the conversation stamps the ticket in the same transaction) meets first response. */
    @EventListener
    void on(CommentPosted event) {
        if (event.visibility() != Visibility.PUBLIC) {
            return;
        }
        List<SlaClock> clocks = repository.clocks(event.organisationId(), event.ticketId());
        Optional<SlaClock> first =
                clocks.stream().filter(c -> c.kind == ClockKind.FIRST_RESPONSE).findFirst();
        if (first.isEmpty() || first.get().state == SlaClock.State.MET) {
            return;
        }
        Policies policies = new Policies(event.organisationId());
        first.get().meet(event.at(), policies.calendarOf(first.get().policyId));
        deadlines
                .find(event.organisationId(), event.ticketId())
                .ifPresent(ticket -> save(ticket, List.of(first.get()), clocks));
    }

    /**
     * Recomputes a ticket's open clocks after an admin changed a policy or calendar: re-matches the policy (its
     * match may have changed) and works out due and at-risk from the original start and the time already used.
     * Met clocks are never rewritten. The caller holds the ticket's row lock. Publishes {@link SlaDueMoved} per
     * clock whose due instant moved, for the activity log.
     */
    void recompute(UUID organisationId, UUID ticketId, String reason, Instant now) {
        Optional<Ticket> found = deadlines.find(organisationId, ticketId);
        if (found.isEmpty()) {
            return;
        }
        Ticket ticket = found.get();
        List<SlaClock> clocks = repository.clocks(organisationId, ticketId);
        if (clocks.stream().allMatch(c -> c.state == SlaClock.State.MET)) {
            return;
        }
        Policies policies = new Policies(organisationId);
        SlaPolicy policy = policies.matching(ticket).orElseGet(() -> policies.byId(clocks.get(0).policyId));
        List<SlaClock> changed = new java.util.ArrayList<>();
        for (SlaClock clock : clocks) {
            if (clock.state == SlaClock.State.MET) {
                continue;
            }
            @Nullable Instant before = clock.dueAt;
            int target = policy.targetMinutes(clock.kind, ticket.priority());
            clock.retarget(
                    policy.id(),
                    target,
                    policy.thresholdMinutes(target),
                    now,
                    policies.calendarOf(clock.policyId),
                    policies.calendarOf(policy.id()));
            changed.add(clock);
            if (!java.util.Objects.equals(before, clock.dueAt)) {
                events.publishEvent(
                        new SlaDueMoved(ticketId, organisationId, clock.kind, before, clock.dueAt, reason, now));
            }
        }
        save(ticket, changed, clocks);
    }

    private void start(Ticket ticket, Instant at) {
        Policies policies = new Policies(ticket.organisationId());
        Optional<SlaPolicy> matching = policies.matching(ticket);
        if (matching.isEmpty()) {
            return; // no policy applies: the ticket has no SLA
        }
        SlaPolicy policy = matching.get();
        BusinessCalendar calendar = policies.calendarOf(policy.id());
        List<SlaClock> clocks = List.of(ClockKind.values()).stream()
                .map(kind -> {
                    int target = policy.targetMinutes(kind, ticket.priority());
                    return SlaClock.start(
                            ticket.id(),
                            kind,
                            ticket.organisationId(),
                            policy.id(),
                            target,
                            policy.thresholdMinutes(target),
                            at,
                            calendar);
                })
                .toList();
        clocks.forEach(repository::insertClock);
        writeDeadlines(ticket, clocks);
    }

    private void move(
            Ticket ticket, TicketStatus from, TicketStatus to, List<SlaClock> clocks, Policies policies, Instant now) {
        boolean wasDone = !TicketStatus.active().contains(from);
        boolean isDone = !TicketStatus.active().contains(to);
        if (wasDone && isDone) {
            return; // resolved → closed: already met
        }
        if (isDone) {
            // resolving ends both clocks: resolution met, and an unanswered first response counts as met by it
            clocks.forEach(c -> c.meet(now, policies.calendarOf(c.policyId)));
            repository.endPauses(ticket.id(), now);
            repository.startPause(ticket.id(), "stopped", now);
            return;
        }
        boolean pending = to == TicketStatus.PENDING;
        if (wasDone) {
            repository.endPauses(ticket.id(), now);
            clocks.stream()
                    .filter(c -> c.kind == ClockKind.RESOLUTION)
                    .forEach(c -> c.reopen(now, policies.calendarOf(c.policyId), pending));
            if (pending) {
                repository.startPause(ticket.id(), "pending", now);
            }
            return;
        }
        if (pending && from != TicketStatus.PENDING) {
            clocks.forEach(c -> c.pause(now, policies.calendarOf(c.policyId)));
            repository.startPause(ticket.id(), "pending", now);
        } else if (!pending && from == TicketStatus.PENDING) {
            repository.endPauses(ticket.id(), now);
            clocks.forEach(c -> c.resume(now, policies.calendarOf(c.policyId)));
        }
    }

    private void save(Ticket ticket, List<SlaClock> changed, List<SlaClock> all) {
        changed.forEach(repository::updateClock);
        writeDeadlines(ticket, all);
    }

    /** The ticket's nearest due and at-risk instants over its running clocks (null when none runs). */
    private void writeDeadlines(Ticket ticket, List<SlaClock> clocks) {
        @Nullable Instant due = null;
        @Nullable Instant atRisk = null;
        for (SlaClock c : clocks) {
            if (c.state == SlaClock.State.RUNNING && c.dueAt != null) {
                due = due == null || c.dueAt.isBefore(due) ? c.dueAt : due;
                Instant risk = c.atRiskAt == null ? c.dueAt : c.atRiskAt;
                atRisk = atRisk == null || risk.isBefore(atRisk) ? risk : atRisk;
            }
        }
        if (!java.util.Objects.equals(due, ticket.slaDueAt())
                || !java.util.Objects.equals(atRisk, ticket.slaAtRiskAt())) {
            deadlines.set(ticket.organisationId(), ticket.id(), due, atRisk);
        }
    }

    /** An organisation's policies and their calendars, read once per change. */
    private final class Policies {

        private final UUID organisationId;
        private @Nullable List<SlaPolicy> policies;
        private final Map<UUID, BusinessCalendar> calendars = new HashMap<>();

        Policies(UUID organisationId) {
            this.organisationId = organisationId;
        }

        List<SlaPolicy> all() {
            if (policies == null) {
                policies = repository.policies(organisationId);
            }
            return policies;
        }

        Optional<SlaPolicy> matching(Ticket ticket) {
            return SlaClocks.matching(all(), ticket.queueId(), ticket.priority());
        }

        SlaPolicy byId(UUID policyId) {
            return all().stream()
                    .filter(p -> p.id().equals(policyId))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown SLA policy " + policyId));
        }

        BusinessCalendar calendarOf(UUID policyId) {
            SlaPolicy policy = byId(policyId);
            return calendars.computeIfAbsent(
                    policy.calendarId(),
                    id -> repository
                            .calendar(organisationId, id)
                            .orElseThrow(() -> new IllegalStateException("unknown business calendar " + id))
                            .calendar());
        }
    }

    static Optional<SlaPolicy> matching(List<SlaPolicy> ordered, UUID queueId, Priority priority) {
        return ordered.stream().filter(p -> p.matches(queueId, priority)).findFirst();
    }
}
