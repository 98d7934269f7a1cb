package io.worktrackr.common;

/** The request clashes with the current state (a duplicate name, an already registered e-mail, …). */
public class Conflict extends ProblemException {

    public Conflict(ProblemType type, String detail) {
        super(type, detail);
    }
}
