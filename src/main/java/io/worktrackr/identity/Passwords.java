package io.worktrackr.identity;

import io.worktrackr.common.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The password rules and the checks, in one place. */
@Component
class Passwords {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = commonPasswords();

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
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(field, "is one of the most common passwords; choose another");
        }
        return encoder.encode(password);
    }

    /** A hash made with an older algorithm or weaker settings: replace it when the password is next at hand. */
    boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private static Set<String> commonPasswords() {
        try (var in = Passwords.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean matches(@Nullable String password, @Nullable String hashOrNull) {
        boolean matches =
                encoder.matches(password == null ? "" : password, hashOrNull == null ? decoyHash : hashOrNull);
        return hashOrNull != null && matches;
    }
}
