package io.worktrackr.conversation;

import io.worktrackr.common.NotFound;
import java.util.UUID;

/** No such comment on this ticket, for this actor. */
class CommentNotFound extends NotFound {

    CommentNotFound(UUID id) {
        super("Comment " + id);
    }
}
