package io.worktrackr.activity;

import io.worktrackr.attachments.AttachmentAdded;
import io.worktrackr.conversation.CommentEdited;
import io.worktrackr.conversation.CommentPosted;
import io.worktrackr.conversation.CommentRedacted;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The conversation's entries in a ticket's trail: one per comment, edit, redaction and attachment, with the
 * comment's or attachment's id as the new value (never its content, so a redaction leaves nothing behind here).
 * Synchronous, inside the publishing transaction, like {@link ActivityRecorder}.
 *
 * <p>First among a comment's listeners in that transaction: appending locks the ticket's row, and whatever the
 * others lock (the notifications module: the told people's inboxes) then comes after the ticket, in the order every
 * other transaction takes them, so none can deadlock with another comment on the ticket.
 */
@Component
class ConversationActivity {

    private final ActivityRecorder recorder;

    ConversationActivity(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    /** A person's comment names them; a rule's note has no actor and names the rule and its cause instead. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
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
    @Order(Ordered.HIGHEST_PRECEDENCE)
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
    @Order(Ordered.HIGHEST_PRECEDENCE)
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
