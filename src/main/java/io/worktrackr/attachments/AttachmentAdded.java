package io.worktrackr.attachments;

import java.time.Instant;
import java.util.UUID;

/** Published inside the transaction that records an uploaded file; {@code commentId} is null for a ticket's own file. */
public record AttachmentAdded(
        UUID attachmentId, UUID ticketId, UUID organisationId, UUID commentId, UUID actorId, Instant at) {}
