package io.worktrackr.conversation;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Who may read a comment: a public reply is for the requester too, an internal note only for agents. */
public enum Visibility {
    PUBLIC,
    INTERNAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Visibility fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Required on every new comment: a forgotten field must never turn an internal note into a public reply. */
    public static Visibility parse(String field, String value) {
        return Arrays.stream(values())
                .filter(v -> v.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of public, internal"));
    }
}
