package io.worktrackr.conversation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.conversation.CommentManagement;
import io.worktrackr.conversation.CommentQueries;
import io.worktrackr.conversation.CommentQueries.RenderedComment;
import io.worktrackr.conversation.CommentQueries.Revision;
import io.worktrackr.conversation.Visibility;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Person;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    /** The automation rule that wrote a comment (by its name when it wrote). */
    record CommentAutomationResponse(UUID ruleId, String ruleName) {}

    /** Written by a person ({@code author}) or by an automation rule ({@code automation}): exactly one is set. */
    record CommentResponse(
            UUID id,
            UUID ticketId,
            @Nullable Person author,
            @Nullable CommentAutomationResponse automation,
            String visibility,
            String body,
            String html,
            List<Person> mentions,
            boolean edited,
            @Nullable Instant editedAt,
            boolean redacted,
            @Nullable Instant redactedAt,
            @Nullable Person redactedBy,
            Instant createdAt) {

        static CommentResponse of(RenderedComment c) {
            return new CommentResponse(
                    c.id(),
                    c.ticketId(),
                    c.author(),
                    c.automation() == null
                            ? null
                            : new CommentAutomationResponse(
                                    c.automation().ruleId(), c.automation().ruleName()),
                    c.visibility(),
                    c.body(),
                    c.html(),
                    c.mentions(),
                    c.edited(),
                    c.editedAt(),
                    c.redacted(),
                    c.redactedAt(),
                    c.redactedBy(),
                    c.createdAt());
        }
    }

    record RevisionResponse(String body, Instant writtenAt, Instant replacedAt) {

        static RevisionResponse of(Revision r) {
            return new RevisionResponse(r.body(), r.writtenAt(), r.replacedAt());
        }
    }

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
        RenderedComment posted =
                management.post(actor, ticketId, body.body(), Visibility.parse("visibility", body.visibility()));
        return ResponseEntity.created(URI.create("/api/tickets/" + ticketId + "/comments/" + posted.id()))
                .body(CommentResponse.of(posted));
    }

    @Operation(operationId = "listComments", summary = "A ticket's comments, oldest first")
    @GetMapping("/api/tickets/{ticketId}/comments")
    ListResponse<CommentResponse> list(@PathVariable UUID ticketId) {
        return new ListResponse<>(queries.list(currentActor.get(), ticketId).stream()
                .map(CommentResponse::of)
                .toList());
    }

    @Operation(operationId = "getComment", summary = "One comment")
    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse get(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return CommentResponse.of(queries.get(currentActor.get(), ticketId, commentId));
    }

    @Operation(operationId = "editComment", summary = "Edit one's own comment (earlier texts are kept)")
    @ApiResponse(responseCode = "200", description = "Edited.")
    @ApiResponse(responseCode = "409", description = "The comment is redacted (`comment-redacted`).")
    @PatchMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse edit(
            @PathVariable UUID ticketId, @PathVariable UUID commentId, @RequestBody EditCommentRequest body) {
        Actor actor = currentActor.get();
        management.edit(actor, ticketId, commentId, body.body());
        return CommentResponse.of(queries.get(actor, ticketId, commentId));
    }

    @Operation(operationId = "listCommentRevisions", summary = "A comment's earlier texts, oldest first")
    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}/revisions")
    ListResponse<RevisionResponse> revisions(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return new ListResponse<>(queries.revisions(currentActor.get(), ticketId, commentId).stream()
                .map(RevisionResponse::of)
                .toList());
    }

    @Operation(operationId = "redactComment", summary = "Redact a comment and all its earlier texts (admin)")
    @ApiResponse(responseCode = "200", description = "Redacted.")
    @ApiResponse(responseCode = "409", description = "The comment is redacted already (`comment-redacted`).")
    @PostMapping("/api/tickets/{ticketId}/comments/{commentId}/redaction")
    CommentResponse redact(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        Actor actor = currentActor.get();
        management.redact(actor, ticketId, commentId);
        return CommentResponse.of(queries.get(actor, ticketId, commentId));
    }
}
