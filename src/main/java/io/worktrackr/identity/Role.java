package io.worktrackr.identity;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** A member's role in one organisation. Admins can do everything agents can, and manage the organisation. */
public enum Role {
    ADMIN,
    AGENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public static Role parse(String field, String value) {
        return Arrays.stream(values())
                .filter(r -> r.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of admin, agent"));
    }
}
