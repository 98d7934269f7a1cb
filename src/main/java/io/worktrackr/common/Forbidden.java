package io.worktrackr.common;

/** The actor is a member of the organisation but their role does not allow this. */
public class Forbidden extends ProblemException {

    public Forbidden(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
