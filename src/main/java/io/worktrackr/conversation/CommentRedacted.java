package io.worktrackr.conversation;

import java.time.Instant;
import java.util.UUID;

/** Published inside the redacting transaction; {@code actorId} is the admin who removed the content. */
public record CommentRedacted(UUID commentId, UUID ticketId, UUID organisationId, UUID actorId, Instant at) {}
