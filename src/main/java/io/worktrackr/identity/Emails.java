package io.worktrackr.identity;

import java.util.Locale;

final class Emails {

    private Emails() {}

    /** E-mail addresses are compared case-insensitively: they are stored trimmed and lower-cased. */
    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
