package io.worktrackr.sla;

import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketDeadlineKeeper;
import io.worktrackr.tickets.TicketDeadlines;
import io.worktrackr.tickets.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps every ticket's clocks, and the ticket's nearest due and at-risk instants, in step with the ticket: asked by
 * the tickets module before a ticket is opened, changed or first answered ({@link TicketDeadlineKeeper}), always
 * inside the transaction of the change (single, bulk, create, first reply), so a change and its SLA commit or roll
 * back together and the views never see one without the other. The ticket row is locked by then (the change locked
 * it), so two changes of one ticket cannot interleave here.
 */
@Component
class SlaClocks implements TicketDeadlineKeeper {

    private final SlaRepository repository;
    private final SlaSettings settings;
    private final TicketDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final AnsweredClocks answered;

    SlaClocks(
            SlaRepository repository,
            SlaSettings settings,
            TicketDeadlines deadlines,
            ApplicationEventPublisher events,
            AnsweredClocks answered) {
        this.repository = repository;
        this.settings = settings;
        this.deadlines = deadlines;
        this.events = events;
        this.answered = answered;
    }

    /**
     * A new ticket's clocks start under the policy that matches it; their nearest instants go into the ticket's own
     * INSERT, and the clocks are written once the row exists. No matching policy: no clocks, no instants.
     */
    @Override
    public Plan planOpening(Ticket ticket, Instant at) {
        Policies policies = new Policies(ticket.organisationId());
        Optional<SlaPolicy> matching = policies.matching(ticket);
        if (matching.isEmpty()) {
            return NOTHING;
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
        Deadlines nearest = Deadlines.of(clocks);
        return new DeadlinePlan(true, nearest, () -> {
            repository.insertClocks(clocks);
            answered.remember(ticket.id(), clocks, policies.loaded());
        });
    }

    /**
     * A change's effect on the ticket's clocks, worked out before the ticket row is written (the moved instants go
     * into the change's own UPDATE); the clocks and pauses are written when the tickets module applies the plan.
     * The ticket row is locked by then, so two changes of one ticket cannot interleave here.
     */
    @Override
    public Plan plan(Ticket ticket, List<FieldChange> changes, Instant now) {
        Map<String, FieldChange> changed = new HashMap<>();
        changes.forEach(c -> changed.put(c.field(), c));
        FieldChange status = changed.get("status");
        boolean rematch = changed.containsKey("priority") || changed.containsKey("queue");
        if (status == null && !rematch) {
            return NOTHING;
        }
        // the settings' version comes with the clocks: moving them needs their calendar, the answer their policy
        SlaRepository.TicketClocks read = repository.clocksWithSettingsVersion(ticket.organisationId(), ticket.id());
        List<SlaClock> clocks = read.clocks();
        if (clocks.isEmpty()) {
            return NOTHING; // a ticket from before the SLA engine: no clocks
        }
        // most changes (open to in progress, a priority the policy treats alike) move no clock: write only those
        // that did, so such a change costs no sla_clocks update
        List<SlaClock.Written> before = clocks.stream().map(SlaClock::written).toList();
        Policies policies = new Policies(ticket.organisationId(), read.settingsVersion());
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
        SlaRepository.PauseChange pauses = status == null
                ? SlaRepository.PauseChange.NONE
                : move(
                        TicketStatus.fromCode(status.oldValue()),
                        TicketStatus.fromCode(status.newValue()),
                        clocks,
                        policies,
                        now);
        List<SlaClock> moved = new ArrayList<>();
        for (int i = 0; i < clocks.size(); i++) {
            if (!clocks.get(i).written().equals(before.get(i))) {
                moved.add(clocks.get(i));
            }
        }
        Deadlines nearest = Deadlines.of(clocks);
        boolean movesDeadlines = !nearest.equals(new Deadlines(ticket.slaDueAt(), ticket.slaAtRiskAt()));
        return new DeadlinePlan(movesDeadlines, nearest, () -> {
            // the pauses and the moved clocks in one round trip (SlaRepository#write)
            repository.write(ticket.id(), pauses, now, moved);
            answered.remember(ticket.id(), clocks, policies.forAnswer());
        });
    }

    /**
     * The first public reply meets the first-response clock, unless resolving met it already; the instants then move
     * to the running resolution clock's, written with the stamp (the tickets module holds the row locked).
     */
    @Override
    public Plan planFirstResponse(UUID organisationId, UUID ticketId, Instant at) {
        List<SlaClock> clocks = repository.clocks(organisationId, ticketId);
        Optional<SlaClock> first =
                clocks.stream().filter(c -> c.kind == ClockKind.FIRST_RESPONSE).findFirst();
        if (first.isEmpty() || first.get().state == SlaClock.State.MET) {
            return NOTHING;
        }
        Policies policies = new Policies(organisationId);
        first.get().meet(at, policies.calendarOf(first.get().policyId));
        Deadlines nearest = Deadlines.of(clocks);
        return new DeadlinePlan(true, nearest, () -> {
            repository.updateClocks(List.of(first.get()));
            answered.remember(ticketId, clocks, null);
        });
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

    /** Moves the clocks for a status change; returns what it does to the ticket's pauses. */
    private SlaRepository.PauseChange move(
            TicketStatus from, TicketStatus to, List<SlaClock> clocks, Policies policies, Instant now) {
        boolean wasDone = !TicketStatus.active().contains(from);
        boolean isDone = !TicketStatus.active().contains(to);
        if (wasDone && isDone) {
            return SlaRepository.PauseChange.NONE; // resolved → closed: already met
        }
        if (isDone) {
            // resolving ends both clocks: resolution met, and an unanswered first response counts as met by it
            clocks.forEach(c -> c.meet(now, policies.calendarOf(c.policyId)));
            return SlaRepository.PauseChange.endThenStart("stopped");
        }
        boolean pending = to == TicketStatus.PENDING;
        if (wasDone) {
            clocks.stream()
                    .filter(c -> c.kind == ClockKind.RESOLUTION)
                    .forEach(c -> c.reopen(now, policies.calendarOf(c.policyId), pending));
            return pending ? SlaRepository.PauseChange.endThenStart("pending") : SlaRepository.PauseChange.end();
        }
        if (pending && from != TicketStatus.PENDING) {
            clocks.forEach(c -> c.pause(now, policies.calendarOf(c.policyId)));
            return SlaRepository.PauseChange.start("pending");
        }
        if (!pending && from == TicketStatus.PENDING) {
            clocks.forEach(c -> c.resume(now, policies.calendarOf(c.policyId)));
            return SlaRepository.PauseChange.end();
        }
        return SlaRepository.PauseChange.NONE;
    }

    private void save(Ticket ticket, List<SlaClock> changed, List<SlaClock> all) {
        repository.updateClocks(changed);
        writeDeadlines(ticket, all);
        answered.remember(ticket.id(), all, null);
    }

    /** Writes the ticket's nearest due and at-risk instants when they moved (outside a change of the ticket). */
    private void writeDeadlines(Ticket ticket, List<SlaClock> clocks) {
        Deadlines nearest = Deadlines.of(clocks);
        if (!nearest.equals(new Deadlines(ticket.slaDueAt(), ticket.slaAtRiskAt()))) {
            deadlines.set(ticket.organisationId(), ticket.id(), nearest.dueAt(), nearest.atRiskAt());
        }
    }

    /** A plan with the instants {@code nearest} and the keeper's own writes. */
    private record DeadlinePlan(boolean movesDeadlines, Deadlines nearest, Runnable writes) implements Plan {

        @Override
        public @Nullable Instant dueAt() {
            return nearest.dueAt();
        }

        @Override
        public @Nullable Instant atRiskAt() {
            return nearest.atRiskAt();
        }

        @Override
        public void apply() {
            writes.run();
        }
    }

    /** A ticket's nearest due and at-risk instants over its running clocks (both null when none runs). */
    private record Deadlines(
            @Nullable Instant dueAt, @Nullable Instant atRiskAt) {

        static Deadlines of(List<SlaClock> clocks) {
            @Nullable Instant due = null;
            @Nullable Instant atRisk = null;
            for (SlaClock c : clocks) {
                if (c.state == SlaClock.State.RUNNING && c.dueAt != null) {
                    due = due == null || c.dueAt.isBefore(due) ? c.dueAt : due;
                    Instant risk = c.atRiskAt == null ? c.dueAt : c.atRiskAt;
                    atRisk = atRisk == null || risk.isBefore(atRisk) ? risk : atRisk;
                }
            }
            return new Deadlines(due, atRisk);
        }
    }

    /**
     * The organisation's policies and calendars, as of the first question (one version check per event), or at the
     * version read with the clocks (no check of its own).
     */
    private final class Policies {

        private final UUID organisationId;
        /** True when the version was read with the clocks ({@link #version}); false: asked at the first question. */
        private final boolean versionRead;

        private final Optional<UUID> version;
        private SlaSettings.@Nullable Snapshot snapshot;

        Policies(UUID organisationId) {
            this.organisationId = organisationId;
            this.versionRead = false;
            this.version = Optional.empty();
        }

        Policies(UUID organisationId, Optional<UUID> version) {
            this.organisationId = organisationId;
            this.versionRead = true;
            this.version = version;
        }

        SlaSettings.Snapshot snapshot() {
            if (snapshot == null) {
                snapshot = versionRead ? settings.at(organisationId, version) : settings.of(organisationId);
            }
            return snapshot;
        }

        /**
         * The settings the answer shows: at the version read with the clocks (held by this node unless they just
         * changed), so the answer needs no version check of its own; else as {@link #loaded()}.
         */
        SlaSettings.@Nullable Snapshot forAnswer() {
            return versionRead && version.isPresent() ? snapshot() : loaded();
        }

        /** The settings if a question needed them, else null (nothing read). */
        SlaSettings.@Nullable Snapshot loaded() {
            return snapshot;
        }

        List<SlaPolicy> all() {
            return snapshot().policies();
        }

        Optional<SlaPolicy> matching(Ticket ticket) {
            return SlaClocks.matching(all(), ticket.queueId(), ticket.priority());
        }

        SlaPolicy byId(UUID policyId) {
            return snapshot().policy(policyId);
        }

        BusinessCalendar calendarOf(UUID policyId) {
            return snapshot().calendarOfPolicy(policyId);
        }
    }

    static Optional<SlaPolicy> matching(List<SlaPolicy> ordered, UUID queueId, Priority priority) {
        return ordered.stream().filter(p -> p.matches(queueId, priority)).findFirst();
    }
}
