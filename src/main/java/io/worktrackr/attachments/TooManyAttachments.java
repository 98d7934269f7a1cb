package io.worktrackr.attachments;

import io.worktrackr.common.ProblemException;

/** The comment already carries {@code worktrackr.attachments.max-files-per-comment} files; nothing was stored. */
class TooManyAttachments extends ProblemException {

    TooManyAttachments(int limit) {
        super(413, "too-many-attachments", "Too many files", "A comment may carry at most " + limit + " files.");
        with("maxFilesPerComment", limit);
    }
}
