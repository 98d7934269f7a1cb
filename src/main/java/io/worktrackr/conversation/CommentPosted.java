package io.worktrackr.conversation;

import io.worktrackr.tickets.AutomationCause;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the posting transaction. {@code mentioned} are the members the comment mentions. {@code authorId}
 * is the person who wrote it, null when an automation rule added it: then {@code automation} says which rule and why
 * (null in events recorded before rules wrote notes in their own name). {@code assigneeId} is whom the ticket was
 * assigned to when the comment was posted, read in the posting transaction (null: nobody, or an event recorded before
 * it was carried): a listener in that transaction (the notifications) may rely on it; an after-commit reaction that
 * needs whoever is assigned when it runs reads that afresh.
 */
public record CommentPosted(
        UUID commentId,
        UUID ticketId,
        UUID organisationId,
        @Nullable UUID authorId,
        Visibility visibility,
        Instant at,
        Set<UUID> mentioned,
        @Nullable AutomationCause automation,
        @Nullable UUID assigneeId) {

    /** A person's comment. */
    public CommentPosted(
            UUID commentId,
            UUID ticketId,
            UUID organisationId,
            UUID authorId,
            Visibility visibility,
            Instant at,
            Set<UUID> mentioned,
            @Nullable UUID assigneeId) {
        this(commentId, ticketId, organisationId, authorId, visibility, at, mentioned, null, assigneeId);
    }
}
