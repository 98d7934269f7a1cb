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
 * assigned to when the comment was posted (null: nobody, or an event recorded before it was carried): reactions may
 * use it to tell at once that nobody is to be told, but whoever is assigned when they run is read afresh.
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
