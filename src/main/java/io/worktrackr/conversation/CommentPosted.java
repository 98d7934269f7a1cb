package io.worktrackr.conversation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Published inside the posting transaction. {@code mentioned} are the members the comment mentions. */
public record CommentPosted(
        UUID commentId,
        UUID ticketId,
        UUID organisationId,
        UUID authorId,
        Visibility visibility,
        Instant at,
        Set<UUID> mentioned) {}
