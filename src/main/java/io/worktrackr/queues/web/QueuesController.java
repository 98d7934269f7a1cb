package io.worktrackr.queues.web;

import io.worktrackr.identity.CurrentActor;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.queues.QueueLoad;
import io.worktrackr.queues.QueueManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QueuesController {

    record QueueResponse(UUID id, String name, boolean isDefault, boolean archived, long activeCount) {
        static QueueResponse of(Queue queue, long activeCount) {
            return new QueueResponse(queue.id(), queue.name(), queue.isDefault(), queue.archived(), activeCount);
        }
    }

    record CreateQueueRequest(@NotBlank String name) {}

    record ChangeQueueRequest(String name, Boolean archived, Boolean isDefault) {}

    private final QueueDirectory directory;
    private final QueueManagement management;
    private final QueueLoad load;
    private final CurrentActor currentActor;

    QueuesController(QueueDirectory directory, QueueManagement management, QueueLoad load, CurrentActor currentActor) {
        this.directory = directory;
        this.management = management;
        this.load = load;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/queues")
    List<QueueResponse> list() {
        UUID organisationId = currentActor.get().organisationId();
        Map<UUID, Long> counts = load.activeTicketsPerQueue(organisationId);
        return directory.all(organisationId).stream()
                .map(q -> QueueResponse.of(q, counts.getOrDefault(q.id(), 0L)))
                .toList();
    }

    @PostMapping("/api/queues")
    ResponseEntity<QueueResponse> create(@Valid @RequestBody CreateQueueRequest body) {
        Queue queue = management.create(currentActor.get(), body.name());
        return ResponseEntity.created(URI.create("/api/queues/" + queue.id())).body(QueueResponse.of(queue, 0));
    }

    @PatchMapping("/api/queues/{id}")
    QueueResponse change(@PathVariable UUID id, @RequestBody ChangeQueueRequest body) {
        Queue queue = management.change(
                currentActor.get(),
                id,
                new QueueManagement.ChangeQueue(body.name(), body.archived(), body.isDefault()));
        return QueueResponse.of(
                queue, load.activeTicketsPerQueue(queue.organisationId()).getOrDefault(queue.id(), 0L));
    }
}
