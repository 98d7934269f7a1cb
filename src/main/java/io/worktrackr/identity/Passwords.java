package io.worktrackr.identity;

import io.worktrackr.common.InvalidInput;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The password rules and the checks, in one place. */
@Component
class Passwords {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 200;

    private final PasswordEncoder encoder;
    /** Compared against when the e-mail is unknown, so that unknown and wrong take the same time. */
    private final String decoyHash;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.decoyHash = encoder.encode(UUID.randomUUID().toString());
    }

    String hash(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        return encoder.encode(password);
    }

    boolean matches(@Nullable String password, @Nullable String hashOrNull) {
        boolean matches =
                encoder.matches(password == null ? "" : password, hashOrNull == null ? decoyHash : hashOrNull);
        return hashOrNull != null && matches;
    }
}
