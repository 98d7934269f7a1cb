package io.worktrackr.attachments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored file's record: what it is (sniffed), how large, its SHA-256, and where its bytes are. */
public record Attachment(
        UUID id,
        UUID organisationId,
        UUID ticketId,
        @Nullable UUID commentId,
        UUID uploadedBy,
        String filename,
        String contentType,
        long size,
        String sha256,
        String storageKey,
        Instant createdAt) {

    /** Whether a browser may show it inline: only raster images, sniffed from the bytes. */
    public boolean previewable() {
        return ContentTypes.inline(contentType);
    }
}
