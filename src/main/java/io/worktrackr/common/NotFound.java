package io.worktrackr.common;

/**
 * Something does not exist <em>for this actor</em>: missing and belonging to another organisation are
 * deliberately the same answer, so ids cannot be probed across organisations.
 */
public class NotFound extends ProblemException {

    public NotFound(String what) {
        super(ProblemType.NOT_FOUND, what + " was not found.");
    }
}
