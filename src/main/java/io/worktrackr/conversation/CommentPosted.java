package io.worktrackr.conversation;

import io.worktrackr.tickets.AutomationCause;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the posting transaction. {@code mentioned} are the members the comment mentions. {@code authorId}
 * is the person who wrote it, null when an automation rule added it: then {@code automation} says which rule and why
 * (null in events recorded before rules wrote notes in their own name).
 */
public record CommentPosted(
        UUID commentId,
        UUID ticketId,
        UUID organisationId,
        @Nullable UUID authorId,
        Visibility visibility,
        Instant at,
        Set<UUID> mentioned,
        @Nullable AutomationCause automation) {

    /** A person's comment. */
    public CommentPosted(
            UUID commentId,
            UUID ticketId,
            UUID organisationId,
            UUID authorId,
            Visibility visibility,
            Instant at,
            Set<UUID> mentioned) {
        this(commentId, ticketId, organisationId, authorId, visibility, at, mentioned, null);
    }
}
