package io.worktrackr.identity;

import io.worktrackr.common.ProblemException;

/** No signed-in user, or a bad token. */
public class NotAuthenticated extends ProblemException {

    public NotAuthenticated(String detail) {
        super(401, "not-authenticated", "Not signed in", detail);
    }
}
