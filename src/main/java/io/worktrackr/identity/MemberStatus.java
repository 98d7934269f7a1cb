package io.worktrackr.identity;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Where a person stands in one organisation. */
public enum MemberStatus {
    /** A member who may act (sign in, be assigned, work tickets). */
    ACTIVE,
    /** Added as an existing account, not accepted yet. */
    INVITED,
    /** Switched off by an admin: cannot act; their tickets stay assigned. */
    DEACTIVATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MemberStatus parse(String field, String value) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of active, invited, deactivated"));
    }
}
