package io.worktrackr.conversation.web;

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

    record CommentResponse(
            UUID id,
            UUID ticketId,
            Person author,
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

    @PostMapping("/api/tickets/{ticketId}/comments")
    ResponseEntity<CommentResponse> post(@PathVariable UUID ticketId, @RequestBody PostCommentRequest body) {
        Actor actor = currentActor.get();
        UUID id = management.post(actor, ticketId, body.body(), Visibility.parse("visibility", body.visibility()));
        return ResponseEntity.created(URI.create("/api/tickets/" + ticketId + "/comments/" + id))
                .body(CommentResponse.of(queries.get(actor, ticketId, id)));
    }

    @GetMapping("/api/tickets/{ticketId}/comments")
    ListResponse<CommentResponse> list(@PathVariable UUID ticketId) {
        return new ListResponse<>(queries.list(currentActor.get(), ticketId).stream()
                .map(CommentResponse::of)
                .toList());
    }

    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse get(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return CommentResponse.of(queries.get(currentActor.get(), ticketId, commentId));
    }

    @PatchMapping("/api/tickets/{ticketId}/comments/{commentId}")
    CommentResponse edit(
            @PathVariable UUID ticketId, @PathVariable UUID commentId, @RequestBody EditCommentRequest body) {
        Actor actor = currentActor.get();
        management.edit(actor, ticketId, commentId, body.body());
        return CommentResponse.of(queries.get(actor, ticketId, commentId));
    }

    @GetMapping("/api/tickets/{ticketId}/comments/{commentId}/revisions")
    ListResponse<RevisionResponse> revisions(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        return new ListResponse<>(queries.revisions(currentActor.get(), ticketId, commentId).stream()
                .map(RevisionResponse::of)
                .toList());
    }

    @PostMapping("/api/tickets/{ticketId}/comments/{commentId}/redaction")
    CommentResponse redact(@PathVariable UUID ticketId, @PathVariable UUID commentId) {
        Actor actor = currentActor.get();
        management.redact(actor, ticketId, commentId);
        return CommentResponse.of(queries.get(actor, ticketId, commentId));
    }
}
