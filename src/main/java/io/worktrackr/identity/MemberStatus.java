package io.worktrackr.identity;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Where a person stands in one organisation. */
public enum MemberStatus {
    /** A member who may act (sign in, be assigned, work tickets). */
    ACTIVE,
    /** Added (invited), not joined yet; the invitation is open. */
    INVITED,
    /**
     * Added, never joined, and the invitation expired with its e-mailed link: it cannot be accepted any more; adding
     * the address again invites it anew.
     */
    EXPIRED,
    /** Switched off by an admin: cannot act; their tickets stay assigned. */
    DEACTIVATED;

    /** An invitation, open or expired: nobody who may act, no role or status to change yet. */
    public boolean invitation() {
        return this == INVITED || this == EXPIRED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MemberStatus parse(String field, String value) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of active, invited, expired, deactivated"));
    }
}
