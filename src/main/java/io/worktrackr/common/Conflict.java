package io.worktrackr.common;

/** The request clashes with the current state (a duplicate name, an already registered e-mail, …). */
public class Conflict extends ProblemException {

    public Conflict(String type, String title, String detail) {
        super(409, type, title, detail);
    }
}
