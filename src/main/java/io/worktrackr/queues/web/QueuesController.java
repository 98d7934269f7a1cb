package io.worktrackr.queues.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.NotFound;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Member;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.queues.QueueLoad;
import io.worktrackr.queues.QueueManagement;
import io.worktrackr.queues.QueueMembers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QueuesController {

    record QueueResponse(
            UUID id,
            String name,
            boolean isDefault,
            boolean archived,
            long activeCount,

            @Schema(description = "sidebar order, ascending (archived queues come last in the list)")
            int position,

            @Schema(description = "true if the caller is a member of this queue")
            boolean mine) {
        static QueueResponse of(Queue queue, long activeCount, boolean mine) {
            return new QueueResponse(
                    queue.id(), queue.name(), queue.isDefault(), queue.archived(), activeCount, queue.position(), mine);
        }
    }

    record CreateQueueRequest(@NotBlank String name) {}

    record ChangeQueueRequest(
            @Nullable String name,
            @Nullable Boolean archived,

            @Schema(description = "only true: make this the default queue") @Nullable Boolean isDefault,

            @Schema(
                    description = "move the queue's active tickets to this queue first (required to archive a"
                            + " queue that holds active tickets)")
            @Nullable UUID moveActiveTicketsTo) {}

    record QueueOrderRequest(@NotNull List<UUID> queueIds) {}

    record QueueMembersRequest(@NotNull List<UUID> userIds) {}

    record QueueMemberResponse(UUID id, String name, String email) {
        static QueueMemberResponse of(Member member) {
            return new QueueMemberResponse(member.id(), member.name(), member.email());
        }
    }

    private final QueueDirectory directory;
    private final QueueManagement management;
    private final QueueMembers members;
    private final QueueLoad load;
    private final CurrentActor currentActor;

    QueuesController(
            QueueDirectory directory,
            QueueManagement management,
            QueueMembers members,
            QueueLoad load,
            CurrentActor currentActor) {
        this.directory = directory;
        this.management = management;
        this.members = members;
        this.load = load;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "listQueues",
            summary = "List the queues in sidebar order with their active ticket counts (archived last)")
    @GetMapping("/api/queues")
    List<QueueResponse> list() {
        return respond(currentActor.get(), directory.all(currentActor.get().organisationId()));
    }

    @Operation(operationId = "createQueue", summary = "Create a queue (admin)")
    @ApiResponse(responseCode = "201", description = "Created.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "409", description = "A queue with this name exists (`queue-name-taken`).")
    @PostMapping("/api/queues")
    ResponseEntity<QueueResponse> create(@Valid @RequestBody CreateQueueRequest body) {
        Queue queue = management.create(currentActor.get(), body.name());
        return ResponseEntity.created(URI.create("/api/queues/" + queue.id())).body(QueueResponse.of(queue, 0, false));
    }

    @Operation(
            operationId = "changeQueue",
            summary = "Rename, archive or restore a queue, or make it the default (admin)",
            description = "Archiving a queue that holds active tickets needs `moveActiveTicketsTo`: they move there"
                    + " first (each with an activity entry), all in one transaction.")
    @ApiResponse(responseCode = "200", description = "Changed.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "404", description = "No such queue here (`not-found`).")
    @ApiResponse(
            responseCode = "409",
            description = "A queue with this name exists (`queue-name-taken`); archiving a queue with active tickets"
                    + " without `moveActiveTicketsTo` (`queue-not-empty`, with `activeCount`).")
    @ApiResponse(responseCode = "422", description = "A bad field (`invalid-input`).")
    @PatchMapping("/api/queues/{id}")
    QueueResponse change(@PathVariable UUID id, @RequestBody ChangeQueueRequest body) {
        Actor actor = currentActor.get();
        Queue queue = management.change(
                actor,
                id,
                new QueueManagement.ChangeQueue(
                        body.name(), body.archived(), body.isDefault(), body.moveActiveTicketsTo()));
        return respond(actor, List.of(queue)).get(0);
    }

    @Operation(operationId = "reorderQueues", summary = "Put the queues in this sidebar order (admin)")
    @ApiResponse(responseCode = "200", description = "Reordered; the queue list.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(
            responseCode = "422",
            description = "`queueIds` does not list every queue of the organisation exactly once (`invalid-input`).")
    @PutMapping("/api/queues/order")
    List<QueueResponse> reorder(@Valid @RequestBody QueueOrderRequest body) {
        Actor actor = currentActor.get();
        return respond(actor, management.reorder(actor, body.queueIds()));
    }

    @Operation(operationId = "listQueueMembers", summary = "The queue's members (the agents who work it), by name")
    @ApiResponse(responseCode = "404", description = "No such queue here (`not-found`).")
    @GetMapping("/api/queues/{id}/members")
    List<QueueMemberResponse> queueMembers(@PathVariable UUID id) {
        Actor actor = currentActor.get();
        if (directory.byId(actor.organisationId(), List.of(id)).isEmpty()) {
            throw new NotFound("Queue " + id);
        }
        return members.of(actor.organisationId(), id).stream()
                .map(QueueMemberResponse::of)
                .toList();
    }

    @Operation(operationId = "changeQueueMembers", summary = "Set the queue's members (admin)")
    @ApiResponse(responseCode = "200", description = "Set; the member list.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "404", description = "No such queue here (`not-found`).")
    @ApiResponse(
            responseCode = "422",
            description = "`userIds` names someone who is not an active member of the organisation (`invalid-input`).")
    @PutMapping("/api/queues/{id}/members")
    List<QueueMemberResponse> changeQueueMembers(@PathVariable UUID id, @Valid @RequestBody QueueMembersRequest body) {
        return management.changeMembers(currentActor.get(), id, body.userIds()).stream()
                .map(QueueMemberResponse::of)
                .toList();
    }

    private List<QueueResponse> respond(Actor actor, List<Queue> queues) {
        Map<UUID, Long> counts = load.activeTicketsPerQueue(actor.organisationId());
        Set<UUID> mine = members.queuesOf(actor.organisationId(), actor.userId());
        return queues.stream()
                .map(q -> QueueResponse.of(q, counts.getOrDefault(q.id(), 0L), mine.contains(q.id())))
                .toList();
    }
}
