package io.worktrackr.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(operationId = "postComment", summary = "Reply publicly or add an internal note")
    @ApiResponse(responseCode = "201", description = "Posted.")
    @PostMapping("/api/tickets/{ticketId}/comments")
    ResponseEntity<CommentResponse> post(@PathVariable UUID ticketId, @RequestBody PostCommentRequest body) {
        Actor actor = currentActor.get();
        UUID id = management.post(actor, ticketId, body.body(), Visibility.parse("visibility", body.visibility()));
        return ResponseEntity.created(URI.create("/api/tickets/" + ticketId + "/comments/" + id))
                .body(queries.get(actor, ticketId, id));
    }

    @Operation(operationId = "listComments", summary = "A ticket's comments, oldest first")
    @GetMapping("/api/tickets/{ticketId}/comments")
    ListResponse<CommentResponse> list(@PathVariable UUID ticketId) {
        return new ListResponse<>(queries.list(currentActor.get(), ticketId));
    }

    @Operation(operationId = "getComment", summary = "One comment")
    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse get(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return queries.get(currentActor.get(), ticketId, commentId);
    }

    @Operation(operationId = "editComment", summary = "Edit one's own comment (earlier texts are kept)")
    @ApiResponse(responseCode = "200", description = "Edited.")
    @ApiResponse(responseCode = "409", description = "The comment is redacted (`comment-redacted`).")
    @PatchMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse edit(
            @PathVariable UUID ticketId, @PathVariable UUID commentId, @RequestBody EditCommentRequest body) {
        Actor actor = currentActor.get();
        management.edit(actor, ticketId, commentId, body.body());
        return queries.get(actor, ticketId, commentId);
    }

    @Operation(operationId = "listCommentRevisions", summary = "A comment's earlier texts, oldest first")
    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}/revisions")
    ListResponse<RevisionResponse> revisions(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return new ListResponse<>(queries.revisions(currentActor.get(), ticketId, commentId));
    }

    @Operation(operationId = "redactComment", summary = "Redact a comment and all its earlier texts (admin)")
    @ApiResponse(responseCode = "200", description = "Redacted.")
    @ApiResponse(responseCode = "409", description = "The comment is redacted already (`comment-redacted`).")
    @PostMapping("/api/tickets/{ticketId}/comments/{commentId}/redaction")
    CommentResponse redact(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        Actor actor = currentActor.get();
        management.redact(actor, ticketId, commentId);
        return queries.get(actor, ticketId, commentId);
    }
}
