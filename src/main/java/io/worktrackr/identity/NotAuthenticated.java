package io.worktrackr.identity;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;

/** No signed-in user, or a bad token. */
public class NotAuthenticated extends ProblemException {

    public NotAuthenticated(String detail) {
        super(ProblemType.NOT_AUTHENTICATED, detail);
    }
}
