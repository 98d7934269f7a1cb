package io.worktrackr.queues;

import io.worktrackr.common.InvalidInput;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about queues. Every question names the organisation. */
@Service
@Transactional(readOnly = true)
public class QueueDirectory {

    private final QueueRepository repository;

    QueueDirectory(QueueRepository repository) {
        this.repository = repository;
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

    public List<Queue> all(UUID organisationId) {
        return repository.findAll(organisationId);
    }

    public Map<UUID, Queue> byId(UUID organisationId, Collection<UUID> ids) {
        return repository.findAll(organisationId, ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Queue::id, Function.identity()));
    }
}
