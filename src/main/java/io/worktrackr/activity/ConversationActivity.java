package io.worktrackr.activity;

import io.worktrackr.attachments.AttachmentAdded;
import io.worktrackr.conversation.CommentEdited;
import io.worktrackr.conversation.CommentPosted;
import io.worktrackr.conversation.CommentRedacted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The conversation's entries in a ticket's trail: one per comment, edit, redaction and attachment, with the
 * comment's or attachment's id as the new value (never its content, so a redaction leaves nothing behind here).
 * Synchronous, inside the publishing transaction, like {@link ActivityRecorder}.
 */
@Component
class ConversationActivity {

    private final ActivityRecorder recorder;

    ConversationActivity(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    /** A person's comment names them; a rule's note has no actor and names the rule and its cause instead. */
    @EventListener
    void on(CommentPosted event) {
        recorder.append(
                event.organisationId(),
                event.ticketId(),
                event.authorId(),
                event.at(),
                "commented",
                null,
                null,
                event.commentId().toString(),
                ActivityChain.Extras.of(event.automation()));
    }

    @EventListener
    void on(CommentEdited event) {
        recorder.append(
                event.organisationId(),
                event.ticketId(),
                event.authorId(),
                event.at(),
                "comment_edited",
                null,
                null,
                event.commentId().toString(),
                ActivityChain.Extras.NONE);
    }

    @EventListener
    void on(CommentRedacted event) {
        recorder.append(
                event.organisationId(),
                event.ticketId(),
                event.actorId(),
                event.at(),
                "comment_redacted",
                null,
                null,
                event.commentId().toString(),
                ActivityChain.Extras.NONE);
    }

    @EventListener
    void on(AttachmentAdded event) {
        recorder.append(
                event.organisationId(),
                event.ticketId(),
                event.actorId(),
                event.at(),
                "attachment_added",
                null,
                null,
                event.attachmentId().toString(),
                ActivityChain.Extras.NONE);
    }
}
