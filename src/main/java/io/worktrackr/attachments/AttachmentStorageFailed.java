package io.worktrackr.attachments;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import java.io.IOException;
import java.util.Locale;

/**
 * The attachment storage failed (the file system or the S3 bucket), not the request: 507 {@code storage-full} when
 * it has no room left, otherwise 503 {@code storage-unavailable} (a read-only or missing directory, a bucket out of
 * reach, bytes that are gone). Nothing of a refused upload is kept.
 */
class AttachmentStorageFailed extends ProblemException {

    private AttachmentStorageFailed(ProblemType type, String detail, IOException cause) {
        super(type, detail);
        initCause(cause);
    }

    /** What a failure of the store means for the client. */
    static AttachmentStorageFailed of(IOException failure) {
        if (isFull(failure)) {
            return new AttachmentStorageFailed(
                    ProblemType.STORAGE_FULL,
                    "The attachment storage is full; nothing was stored. Tell your administrator.",
                    failure);
        }
        return new AttachmentStorageFailed(
                ProblemType.STORAGE_UNAVAILABLE,
                "The attachment storage cannot be reached or used right now; nothing was changed. Try again later.",
                failure);
    }

    /** No space left on the device, or over a quota (ENOSPC, EDQUOT), anywhere in the cause chain. */
    static boolean isFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message =
                    cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left")
                    || message.contains("disk quota exceeded")
                    || message.contains("not enough space")
                    || message.contains("disk full")) {
                return true;
            }
        }
        return false;
    }
}
