package io.worktrackr.notifications;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import java.util.List;
import java.util.UUID;

/**
 * An admin asked to retry or discard an outbox e-mail that is not waiting for that: sent, cancelled, being sent by
 * a server at this moment, or given up with its body (a link) already blanked. Answered 409 {@code
 * email-not-waiting} naming the field {@code status}, with the e-mail's {@code status}.
 */
public class EmailNotWaiting extends ProblemException {

    EmailNotWaiting(UUID id, String status, String why) {
        super(ProblemType.EMAIL_NOT_WAITING, why, List.of(new FieldError("status", why)));
        with("emailId", id.toString());
        with("status", status);
    }
}
