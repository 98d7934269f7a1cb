package io.worktrackr.identity;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

final class Emails {

    private Emails() {}

    /** E-mail addresses are compared case-insensitively: they are stored trimmed and lower-cased. */
    static @Nullable String normalise(@Nullable String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
