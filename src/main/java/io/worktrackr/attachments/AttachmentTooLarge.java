package io.worktrackr.attachments;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;

/** The file is larger than {@code worktrackr.attachments.max-file-size}; nothing was stored. */
class AttachmentTooLarge extends ProblemException {

    AttachmentTooLarge(long limit) {
        super(ProblemType.FILE_TOO_LARGE, "A file may be at most " + io.worktrackr.common.ByteSizes.human(limit) + ".");
        with("maxFileSize", limit);
    }
}
