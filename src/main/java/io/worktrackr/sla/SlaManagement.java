package io.worktrackr.sla;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.ProblemType;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.AuditTrail;
import io.worktrackr.queues.QueueDirectory;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy and calendar administration (admins only). A change of a policy (its targets, match or order) or of a
 * calendar applies to open tickets too: the change queues the tickets with open clocks it may move, in its own
 * transaction, and {@link SlaRecompute} recomputes them in the background in small batches; {@link
 * #recomputesLeft} is the progress. Met clocks are never rewritten.
 */
@Service
public class SlaManagement {

    /** A policy as an admin writes it; the id and position are the store's. */
    public record PolicyDraft(
            String name,
            UUID calendarId,
            java.util.Set<UUID> queueIds,
            java.util.Set<io.worktrackr.tickets.Priority> priorities,
            Map<io.worktrackr.tickets.Priority, SlaPolicy.Targets> targets,
            int atRiskPercent,
            int atRiskFloorMinutes) {}

    private final SlaRepository repository;
    private final QueueDirectory queues;
    private final AuditTrail audit;
    private final Clock clock;

    SlaManagement(SlaRepository repository, QueueDirectory queues, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.queues = queues;
        this.audit = audit;
        this.clock = clock;
    }

    /** The policies in match order. */
    @Transactional(readOnly = true)
    public List<SlaPolicy> policies(Actor actor) {
        return repository.policies(actor.organisationId());
    }

    /** How many tickets still wait for their clocks to be recomputed after a policy or calendar change. */
    @Transactional(readOnly = true)
    public long recomputesLeft(Actor actor) {
        return repository.recomputesLeft(actor.organisationId());
    }

    @Transactional
    public SlaCalendar createCalendar(Actor actor, String name, BusinessCalendar calendar) {
        actor.requireAdmin();
        UUID id = UUID.randomUUID();
        repository.insertCalendar(id, actor.organisationId(), name, calendar, clock.instant());
        audit.record(actor, "sla.calendar_created", "Created the business calendar " + name, Map.of("calendarId", id));
        return repository.calendar(actor.organisationId(), id).orElseThrow();
    }

    @Transactional
    public SlaCalendar changeCalendar(Actor actor, UUID id, String name, BusinessCalendar calendar) {
        actor.requireAdmin();
        SlaCalendar current =
                repository.calendar(actor.organisationId(), id).orElseThrow(() -> notFound("calendar", id));
        if (!repository.updateCalendar(actor.organisationId(), id, name, calendar, current.version())) {
            throw new Conflict(ProblemType.CONFLICT, "The calendar changed meanwhile; reload and try again.");
        }
        repository.queueRecompute(actor.organisationId(), id, "calendar", clock.instant());
        audit.record(actor, "sla.calendar_changed", "Changed the business calendar " + name, Map.of("calendarId", id));
        return repository.calendar(actor.organisationId(), id).orElseThrow();
    }

    @Transactional
    public void deleteCalendar(Actor actor, UUID id) {
        actor.requireAdmin();
        SlaCalendar gone = repository.calendar(actor.organisationId(), id).orElseThrow(() -> notFound("calendar", id));
        if (repository.calendarInUse(actor.organisationId(), id)) {
            throw new Conflict(
                    ProblemType.CONFLICT, "A policy uses this calendar; change or delete that policy first.");
        }
        repository.deleteCalendar(actor.organisationId(), id);
        audit.record(
                actor,
                "sla.calendar_deleted",
                "Deleted the business calendar " + gone.name(),
                Map.of("calendarId", id));
    }

    @Transactional
    public SlaPolicy createPolicy(Actor actor, PolicyDraft draft) {
        actor.requireAdmin();
        check(actor, draft);
        List<SlaPolicy> existing = repository.policies(actor.organisationId());
        int position = existing.stream().mapToInt(SlaPolicy::position).max().orElse(-1) + 1;
        SlaPolicy policy = toPolicy(UUID.randomUUID(), actor.organisationId(), position, draft, 0);
        repository.insertPolicy(policy, clock.instant());
        audit.record(
                actor, "sla.policy_created", "Created the SLA policy " + draft.name(), Map.of("policyId", policy.id()));
        return repository.policy(actor.organisationId(), policy.id()).orElseThrow();
    }

    @Transactional
    public SlaPolicy changePolicy(Actor actor, UUID id, PolicyDraft draft) {
        actor.requireAdmin();
        SlaPolicy current = repository.policy(actor.organisationId(), id).orElseThrow(() -> notFound("policy", id));
        check(actor, draft);
        SlaPolicy changed = toPolicy(id, actor.organisationId(), current.position(), draft, current.version());
        if (!repository.updatePolicy(changed, current.version())) {
            throw new Conflict(ProblemType.CONFLICT, "The policy changed meanwhile; reload and try again.");
        }
        // its match may now take tickets from other policies, or give them up: every open ticket is re-matched
        repository.queueRecompute(actor.organisationId(), null, "policy", clock.instant());
        audit.record(actor, "sla.policy_changed", "Changed the SLA policy " + draft.name(), Map.of("policyId", id));
        return repository.policy(actor.organisationId(), id).orElseThrow();
    }

    @Transactional
    public void deletePolicy(Actor actor, UUID id) {
        actor.requireAdmin();
        SlaPolicy gone = repository.policy(actor.organisationId(), id).orElseThrow(() -> notFound("policy", id));
        if (repository.policyInUse(actor.organisationId(), id)) {
            throw new Conflict(
                    ProblemType.CONFLICT,
                    "Tickets' clocks run on this policy; change its match instead, or move it down the order.");
        }
        repository.deletePolicy(actor.organisationId(), id);
        audit.record(actor, "sla.policy_deleted", "Deleted the SLA policy " + gone.name(), Map.of("policyId", id));
    }

    /** Puts the policies in this order (every policy of the organisation, each once). */
    @Transactional
    public List<SlaPolicy> reorder(Actor actor, List<UUID> ids) {
        actor.requireAdmin();
        List<SlaPolicy> existing = repository.policies(actor.organisationId());
        if (ids.size() != existing.size()
                || !new HashSet<>(ids)
                        .equals(new HashSet<>(
                                existing.stream().map(SlaPolicy::id).toList()))) {
            throw new InvalidInput("ids", "must list every policy of the organisation exactly once");
        }
        for (int i = 0; i < ids.size(); i++) {
            repository.movePolicy(actor.organisationId(), ids.get(i), i);
        }
        repository.queueRecompute(actor.organisationId(), null, "policy", clock.instant());
        audit.record(actor, "sla.policies_reordered", "Reordered the SLA policies", Map.of("policyIds", ids));
        return repository.policies(actor.organisationId());
    }

    private void check(Actor actor, PolicyDraft draft) {
        if (repository.calendar(actor.organisationId(), draft.calendarId()).isEmpty()) {
            throw new InvalidInput("calendarId", "is not a calendar of this organisation");
        }
        if (!draft.queueIds().isEmpty()
                && queues.byId(actor.organisationId(), draft.queueIds()).size()
                        != draft.queueIds().size()) {
            throw new InvalidInput("queueIds", "must be queues of this organisation");
        }
    }

    private static SlaPolicy toPolicy(UUID id, UUID organisationId, int position, PolicyDraft d, long version) {
        return new SlaPolicy(
                id,
                organisationId,
                d.name(),
                position,
                d.calendarId(),
                d.queueIds(),
                d.priorities(),
                d.targets(),
                d.atRiskPercent(),
                d.atRiskFloorMinutes(),
                version);
    }

    private static NotFound notFound(String what, UUID id) {
        return new NotFound("SLA " + what + " " + id);
    }
}
