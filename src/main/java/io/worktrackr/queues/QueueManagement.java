package io.worktrackr.queues;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.ProblemType;
import io.worktrackr.common.Text;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.OrganisationCreated;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queue administration. An organisation always has exactly one default queue, and it is never archived. */
@Service
public class QueueManagement {

    /** Every new organisation starts with these; the first is the default. */
    static final List<String> DEFAULT_QUEUES = List.of("General", "Level 1 Support", "Billing");

    public record ChangeQueue(
            @Nullable String name,
            @Nullable Boolean archived,
            @Nullable Boolean isDefault) {}

    private final QueueRepository repository;
    private final QueueNames names;
    private final Clock clock;

    QueueManagement(QueueRepository repository, QueueNames names, Clock clock) {
        this.repository = repository;
        this.names = names;
        this.clock = clock;
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
        return repository.insert(actor.organisationId(), trimmed, false, clock.instant());
    }

    @Transactional
    public Queue change(Actor actor, UUID queueId, ChangeQueue change) {
        actor.requireAdmin();
        Queue queue =
                repository.find(actor.organisationId(), queueId).orElseThrow(() -> new NotFound("Queue " + queueId));
        names.forget(actor.organisationId());
        if (change.name() != null) {
            String trimmed = requireName(change.name());
            requireUnique(actor.organisationId(), trimmed, queueId);
            repository.rename(queueId, trimmed);
        }
        if (Boolean.FALSE.equals(change.isDefault())) {
            throw new InvalidInput("isDefault", "choose another queue as default instead; there is always one default");
        }
        boolean archive = Boolean.TRUE.equals(change.archived());
        if (archive && (queue.isDefault() || Boolean.TRUE.equals(change.isDefault()))) {
            throw new InvalidInput("archived", "the default queue cannot be archived; choose another default first");
        }
        if (change.archived() != null) {
            repository.setArchived(queueId, change.archived());
        }
        if (Boolean.TRUE.equals(change.isDefault()) && !queue.isDefault()) {
            repository.makeDefault(actor.organisationId(), queueId);
        }
        return repository.find(actor.organisationId(), queueId).orElseThrow();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        String trimmed = Text.requireOneLine("name", name).trim();
        if (trimmed.length() > 100) {
            throw new InvalidInput("name", "must be at most 100 characters");
        }
        return trimmed;
    }

    private void requireUnique(UUID organisationId, String name, UUID except) {
        repository
                .findByName(organisationId, name)
                .filter(q -> !q.id().equals(except))
                .ifPresent(q -> {
                    throw new Conflict(ProblemType.QUEUE_NAME_TAKEN, "A queue named '" + q.name() + "' exists.");
                });
    }
}
