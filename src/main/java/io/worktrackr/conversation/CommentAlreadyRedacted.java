package io.worktrackr.conversation;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.ProblemType;
import java.util.UUID;

/** A redacted comment has no content left to edit or to redact again. */
class CommentAlreadyRedacted extends Conflict {

    CommentAlreadyRedacted(UUID id) {
        super(ProblemType.COMMENT_REDACTED, "Comment " + id + " has been redacted; it cannot be changed.");
    }
}
