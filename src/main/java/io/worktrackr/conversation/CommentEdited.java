package io.worktrackr.conversation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Published inside the editing transaction. {@code newlyMentioned} are members the edit mentions for the first time. */
public record CommentEdited(
        UUID commentId, UUID ticketId, UUID organisationId, UUID authorId, Instant at, Set<UUID> newlyMentioned) {}
