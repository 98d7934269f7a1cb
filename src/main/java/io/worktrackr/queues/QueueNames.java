package io.worktrackr.queues;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.worktrackr.common.AfterCommit;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Queues as shown next to tickets and activity (name, archived), kept for at most a second per node, so that
 * a page of tickets costs no queue query. This node forgets its copies as soon as a queue change commits;
 * other nodes within the second. Not for decisions: whether a queue takes tickets is always read fresh.
 */
@Component
class QueueNames {

    static final Duration TTL = Duration.ofSeconds(1);

    private record Key(UUID organisationId, UUID queueId) {}

    private final QueueRepository repository;
    private final Cache<Key, Queue> queues =
            Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000).build();

    QueueNames(QueueRepository repository) {
        this.repository = repository;
    }

    Map<UUID, Queue> byId(UUID organisationId, Collection<UUID> ids) {
        Map<UUID, Queue> found = new HashMap<>();
        List<UUID> missing = ids.stream()
                .distinct()
                .filter(id -> {
                    Queue queue = queues.getIfPresent(new Key(organisationId, id));
                    if (queue != null) {
                        found.put(id, queue);
                    }
                    return queue == null;
                })
                .toList();
        for (Queue queue : repository.findAll(organisationId, missing)) {
            queues.put(new Key(organisationId, queue.id()), queue);
            found.put(queue.id(), queue);
        }
        return found;
    }

    /** After a queue change commits: forget this organisation's queues on this node. */
    void forget(UUID organisationId) {
        AfterCommit.run(
                () -> queues.asMap().keySet().removeIf(k -> k.organisationId().equals(organisationId)));
    }
}
