package io.worktrackr.conversation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.conversation.Mentions;
import io.worktrackr.conversation.Mentions.Mention;
import io.worktrackr.conversation.web.CommentsController.ListResponse;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Person;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's mentions: {@code GET /api/mentions?unread=true}, {@code POST /api/mentions/{id}/read}. */
@RestController
class MentionsController {

    record TicketSummary(UUID id, long number, String title) {}

    /** Who mentioned the caller: a person ({@code author}) or an automation rule's note ({@code automation}). */
    record MentionResponse(
            UUID id,
            TicketSummary ticket,
            UUID commentId,
            String visibility,
            @Nullable Person author,
            CommentsController.@Nullable CommentAutomationResponse automation,
            Instant at,
            @Nullable Instant readAt) {

        static MentionResponse of(Mention m) {
            return new MentionResponse(
                    m.id(),
                    new TicketSummary(
                            m.ticket().id(), m.ticket().number(), m.ticket().title()),
                    m.commentId(),
                    m.visibility(),
                    m.author(),
                    m.automation() == null
                            ? null
                            : new CommentsController.CommentAutomationResponse(
                                    m.automation().ruleId(), m.automation().ruleName()),
                    m.at(),
                    m.readAt());
        }
    }

    private final Mentions mentions;
    private final CurrentActor currentActor;

    MentionsController(Mentions mentions, CurrentActor currentActor) {
        this.mentions = mentions;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "listMentions", summary = "Where the signed-in user was mentioned, newest first")
    @GetMapping("/api/mentions")
    ListResponse<MentionResponse> list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) @Nullable Integer limit) {
        return new ListResponse<>(mentions.list(currentActor.get(), unread, limit).stream()
                .map(MentionResponse::of)
                .toList());
    }

    @Operation(operationId = "markMentionRead", summary = "Mark a mention as read")
    @ApiResponse(responseCode = "204", description = "Marked as read.")
    @PostMapping("/api/mentions/{id}/read")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        mentions.markRead(currentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
