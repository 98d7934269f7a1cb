package io.worktrackr.queues;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.ProblemType;
import io.worktrackr.common.Text;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.AuditTrail;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.OrganisationCreated;
import io.worktrackr.identity.UserDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queue administration. An organisation always has exactly one default queue, and it is never archived; an
 * archived queue takes no new tickets and is archived only empty of active tickets (they are moved first, when
 * the admin says where). Every change is written to the organisation's audit trail in the same transaction.
 */
@Service
public class QueueManagement {

    /** Every new organisation starts with these; the first is the default. */
    static final List<String> DEFAULT_QUEUES = List.of("General", "Level 1 Support", "Billing");

    /** At most this many members per queue (one request, one statement each). */
    static final int MAX_MEMBERS = 500;

    public record ChangeQueue(
            @Nullable String name,
            @Nullable Boolean archived,
            @Nullable Boolean isDefault,
            @Nullable UUID moveActiveTicketsTo) {

        public ChangeQueue(@Nullable String name, @Nullable Boolean archived, @Nullable Boolean isDefault) {
            this(name, archived, isDefault, null);
        }
    }

    private final QueueRepository repository;
    private final QueueNames names;
    private final Clock clock;
    private final AuditTrail audit;
    private final QueueTicketMover tickets;
    private final UserDirectory users;
    private final org.springframework.context.ApplicationEventPublisher events;

    QueueManagement(
            QueueRepository repository,
            QueueNames names,
            Clock clock,
            AuditTrail audit,
            QueueTicketMover tickets,
            UserDirectory users,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.names = names;
        this.clock = clock;
        this.audit = audit;
        this.tickets = tickets;
        this.users = users;
    }

    /** Runs inside the sign-up transaction: no organisation ever exists without its queues. */
    @EventListener
    void on(OrganisationCreated event) {
        for (int i = 0; i < DEFAULT_QUEUES.size(); i++) {
            repository.insert(event.organisationId(), DEFAULT_QUEUES.get(i), i == 0, clock.instant());
        }
    }

    @Transactional
    public Queue create(Actor actor, String name) {
        actor.requireAdmin();
        String trimmed = requireName(name);
        requireUnique(actor.organisationId(), trimmed, null);
        Queue queue;
        try {
            queue = repository.insert(actor.organisationId(), trimmed, false, clock.instant());
        } catch (DuplicateKeyException raced) {
            // another admin created the same name (as nameKey sees it) a moment ago: the database's unique index
            throw nameTaken(trimmed);
        }
        audit.record(actor, "queue.created", "Created the queue " + trimmed, Map.of("queueId", queue.id()));
        return queue;
    }

    @Transactional
    public Queue change(Actor actor, UUID queueId, ChangeQueue change) {
        actor.requireAdmin();
        Queue queue = repository
                .findForUpdate(actor.organisationId(), queueId)
                .orElseThrow(() -> new NotFound("Queue " + queueId));
        names.forget(actor.organisationId());
        if (Boolean.FALSE.equals(change.isDefault())) {
            throw new InvalidInput("isDefault", "choose another queue as default instead; there is always one default");
        }
        boolean archive = Boolean.TRUE.equals(change.archived()) && !queue.archived();
        if (Boolean.TRUE.equals(change.archived()) && (queue.isDefault() || Boolean.TRUE.equals(change.isDefault()))) {
            throw new InvalidInput("archived", "the default queue cannot be archived; choose another default first");
        }
        if (Boolean.TRUE.equals(change.isDefault()) && queue.archived() && !Boolean.FALSE.equals(change.archived())) {
            throw new InvalidInput("isDefault", "an archived queue cannot be the default; restore it first");
        }
        Queue target = null;
        if (change.moveActiveTicketsTo() != null) {
            target = repository
                    .find(actor.organisationId(), change.moveActiveTicketsTo())
                    .filter(q -> !q.archived() && !q.id().equals(queueId))
                    .orElseThrow(() -> new InvalidInput(
                            "moveActiveTicketsTo", "must be another, not archived queue of this organisation"));
        }
        String newName = null;
        if (change.name() != null) {
            newName = requireName(change.name());
            requireUnique(actor.organisationId(), newName, queueId);
        }
        int moved = 0;
        if (target != null) {
            moved = tickets.moveActiveTickets(actor, queueId, target.id());
        }
        if (archive) {
            long remaining = tickets.activeTickets(actor.organisationId(), queueId);
            if (remaining > 0) {
                throw new Conflict(
                                ProblemType.QUEUE_NOT_EMPTY,
                                "The queue holds " + remaining + " active tickets: say where to move them"
                                        + " (moveActiveTicketsTo).")
                        .with("activeCount", remaining);
            }
        }
        if (newName != null && !newName.equals(queue.name())) {
            try {
                repository.rename(queueId, newName);
            } catch (DuplicateKeyException raced) {
                throw nameTaken(newName);
            }
            events.publishEvent(new QueueRenamed(actor.organisationId(), queueId, newName));
            audit.record(
                    actor,
                    "queue.renamed",
                    "Renamed the queue " + queue.name() + " to " + newName,
                    Map.of("queueId", queueId, "from", queue.name(), "to", newName));
        }
        String label = newName == null ? queue.name() : newName;
        if (target != null && moved > 0) {
            audit.record(
                    actor,
                    "queue.tickets_moved",
                    "Moved " + moved + " active tickets from " + label + " to " + target.name(),
                    Map.of("queueId", queueId, "toQueueId", target.id(), "tickets", moved));
        }
        if (change.archived() != null && change.archived() != queue.archived()) {
            repository.setArchived(queueId, change.archived());
            audit.record(
                    actor,
                    change.archived() ? "queue.archived" : "queue.restored",
                    (change.archived() ? "Archived" : "Restored") + " the queue " + label,
                    Map.of("queueId", queueId));
        }
        if (Boolean.TRUE.equals(change.isDefault()) && !queue.isDefault()) {
            repository.makeDefault(actor.organisationId(), queueId);
            audit.record(
                    actor, "queue.default_changed", "Made " + label + " the default queue", Map.of("queueId", queueId));
        }
        return repository.find(actor.organisationId(), queueId).orElseThrow();
    }

    /** Puts the sidebar in this order: every queue of the organisation exactly once. */
    @Transactional
    public List<Queue> reorder(Actor actor, List<UUID> queueIds) {
        actor.requireAdmin();
        Set<UUID> all = new HashSet<>(repository.lockAll(actor.organisationId()));
        if (queueIds.size() != all.size() || !all.equals(new HashSet<>(queueIds))) {
            throw new InvalidInput("queueIds", "must list every queue of this organisation exactly once");
        }
        for (int i = 0; i < queueIds.size(); i++) {
            repository.setPosition(actor.organisationId(), queueIds.get(i), i);
        }
        names.forget(actor.organisationId());
        audit.record(actor, "queue.reordered", "Reordered the queues", Map.of("queueIds", queueIds));
        return repository.findAll(actor.organisationId());
    }

    /** Replaces the queue's members; each must be an active member of the organisation. */
    @Transactional
    public List<Member> changeMembers(Actor actor, UUID queueId, List<UUID> userIds) {
        actor.requireAdmin();
        Queue queue = repository
                .findForUpdate(actor.organisationId(), queueId)
                .orElseThrow(() -> new NotFound("Queue " + queueId));
        Set<UUID> wanted = new LinkedHashSet<>(userIds);
        if (wanted.size() > MAX_MEMBERS) {
            throw new InvalidInput("userIds", "must hold at most " + MAX_MEMBERS + " people");
        }
        Map<UUID, Member> active = users.membersAmong(actor.organisationId(), wanted).stream()
                .collect(Collectors.toMap(Member::id, m -> m, (a, b) -> a, LinkedHashMap::new));
        List<String> unknown = new ArrayList<>();
        for (UUID id : wanted) {
            if (!active.containsKey(id)) {
                unknown.add(id.toString());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput("userIds", "not active members of this organisation: " + String.join(", ", unknown));
        }
        Set<UUID> before = new HashSet<>(repository.memberIds(actor.organisationId(), queueId));
        repository.replaceMembers(actor.organisationId(), queueId, wanted, clock.instant());
        List<UUID> added = wanted.stream().filter(id -> !before.contains(id)).toList();
        List<UUID> removed = before.stream().filter(id -> !wanted.contains(id)).toList();
        if (!added.isEmpty() || !removed.isEmpty()) {
            audit.record(
                    actor,
                    "queue.members_changed",
                    "Changed the members of " + queue.name() + " (" + added.size() + " added, " + removed.size()
                            + " removed)",
                    Map.of("queueId", queueId, "added", added, "removed", removed));
        }
        return active.values().stream().filter(m -> wanted.contains(m.id())).toList();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        String trimmed = Text.requireName("name", name);
        if (trimmed.isEmpty()) {
            throw new InvalidInput("name", "must not be blank");
        }
        if (trimmed.length() > 100) {
            throw new InvalidInput("name", "must be at most 100 characters");
        }
        return trimmed;
    }

    /** Names are unique as {@link Text#nameKey} sees them: "General" and "ＧＥＮＥＲＡＬ" are the same queue name. */
    private void requireUnique(UUID organisationId, String name, @Nullable UUID except) {
        String key = Text.nameKey(name);
        repository.findAll(organisationId).stream()
                .filter(q -> !q.id().equals(except))
                .filter(q -> Text.nameKey(q.name()).equals(key))
                .findFirst()
                .ifPresent(q -> {
                    throw nameTaken(q.name());
                });
    }

    private static Conflict nameTaken(String name) {
        return new Conflict(ProblemType.QUEUE_NAME_TAKEN, "A queue named '" + name + "' exists.");
    }
}
