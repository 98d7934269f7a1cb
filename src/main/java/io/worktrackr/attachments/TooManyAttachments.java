package io.worktrackr.attachments;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;

/** The comment already carries {@code worktrackr.attachments.max-files-per-comment} files; nothing was stored. */
class TooManyAttachments extends ProblemException {

    TooManyAttachments(int limit) {
        super(ProblemType.TOO_MANY_ATTACHMENTS, "A comment may carry at most " + limit + " files.");
        with("maxFilesPerComment", limit);
    }
}
