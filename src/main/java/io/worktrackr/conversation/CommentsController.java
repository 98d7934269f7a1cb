package io.worktrackr.conversation;

import io.worktrackr.conversation.CommentQueries.CommentResponse;
import io.worktrackr.conversation.CommentQueries.RevisionResponse;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's replies and internal notes. Thin: parse, get the actor, one use case, the comment as it is now. */
@RestController
class CommentsController {

    record PostCommentRequest(String body, String visibility) {}

    record EditCommentRequest(String body) {}

    record ListResponse<T>(List<T> items) {}

    private final CommentManagement management;
    private final CommentQueries queries;
    private final CurrentActor currentActor;

    CommentsController(CommentManagement management, CommentQueries queries, CurrentActor currentActor) {
        this.management = management;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @PostMapping("/api/tickets/{ticketId}/comments")
    ResponseEntity<CommentResponse> post(@PathVariable UUID ticketId, @RequestBody PostCommentRequest body) {
        Actor actor = currentActor.get();
        UUID id = management.post(actor, ticketId, body.body(), Visibility.parse("visibility", body.visibility()));
        return ResponseEntity.created(URI.create("/api/tickets/" + ticketId + "/comments/" + id))
                .body(queries.get(actor, ticketId, id));
    }

    @GetMapping("/api/tickets/{ticketId}/comments")
    ListResponse<CommentResponse> list(@PathVariable UUID ticketId) {
        return new ListResponse<>(queries.list(currentActor.get(), ticketId));
    }

    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse get(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return queries.get(currentActor.get(), ticketId, commentId);
    }

    @PatchMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse edit(
            @PathVariable UUID ticketId, @PathVariable UUID commentId, @RequestBody EditCommentRequest body) {
        Actor actor = currentActor.get();
        management.edit(actor, ticketId, commentId, body.body());
        return queries.get(actor, ticketId, commentId);
    }

    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}/revisions")
    ListResponse<RevisionResponse> revisions(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return new ListResponse<>(queries.revisions(currentActor.get(), ticketId, commentId));
    }

    @PostMapping("/api/tickets/{ticketId}/comments/{commentId}/redaction")
    CommentResponse redact(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        Actor actor = currentActor.get();
        management.redact(actor, ticketId, commentId);
        return queries.get(actor, ticketId, commentId);
    }
}
