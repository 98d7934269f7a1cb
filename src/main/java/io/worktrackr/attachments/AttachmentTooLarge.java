package io.worktrackr.attachments;

import io.worktrackr.common.ProblemException;

/** The file is larger than {@code worktrackr.attachments.max-file-size}; nothing was stored. */
class AttachmentTooLarge extends ProblemException {

    AttachmentTooLarge(long limit) {
        super(413, "payload-too-large", "File too large", "A file may be at most " + limit + " bytes.");
        with("maxFileSize", limit);
    }
}
