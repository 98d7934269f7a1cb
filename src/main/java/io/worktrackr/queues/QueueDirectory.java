package io.worktrackr.queues;

import io.worktrackr.common.InvalidInput;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about queues. Every question names the organisation. */
@Service
@Transactional(readOnly = true)
public class QueueDirectory {

    private final QueueRepository repository;
    private final QueueNames names;

    QueueDirectory(QueueRepository repository, QueueNames names) {
        this.repository = repository;
        this.names = names;
    }

    public Queue defaultQueue(UUID organisationId) {
        return repository
                .findDefault(organisationId)
                .orElseThrow(
                        () -> new IllegalStateException("Organisation " + organisationId + " has no default queue"));
    }

    /** A queue that can take tickets now: in this organisation and not archived. */
    public Queue requireOpenForTickets(UUID organisationId, UUID queueId, String field) {
        Queue queue = repository
                .find(organisationId, queueId)
                .orElseThrow(() -> new InvalidInput(field, "is not a queue of this organisation"));
        if (queue.archived()) {
            throw new InvalidInput(field, "queue '" + queue.name() + "' is archived");
        }
        return queue;
    }

    @Transactional(propagation = Propagation.SUPPORTS) // one statement: no BEGIN READ ONLY / COMMIT round trip
    public List<Queue> all(UUID organisationId) {
        return repository.findAll(organisationId);
    }

    /**
     * Queues by id, for showing their names: at most one query, none for queues read within the last second
     * on this node. Not for decisions (use {@link #requireOpenForTickets}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<UUID, Queue> byId(UUID organisationId, Collection<UUID> ids) {
        return names.byId(organisationId, ids);
    }
}
