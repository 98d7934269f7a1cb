package io.worktrackr.conversation;

import io.worktrackr.common.Conflict;
import java.util.UUID;

/** A redacted comment has no content left to edit or to redact again. */
class CommentAlreadyRedacted extends Conflict {

    CommentAlreadyRedacted(UUID id) {
        super("comment-redacted", "Comment redacted", "Comment " + id + " has been redacted; it cannot be changed.");
    }
}
