package io.worktrackr.sla;

import java.util.Locale;

/** The two clocks of a ticket's service level. */
public enum ClockKind {
    /** From creation until the first public agent reply. */
    FIRST_RESPONSE("First response"),
    /** From creation until resolved or closed; a reopen resumes it. */
    RESOLUTION("Resolution");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static ClockKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
