package io.worktrackr.identity;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Checks e-mail and password. Unknown e-mail and wrong password are the same answer, in the same time, and
 * both count towards the {@link SignInThrottle}.
 */
@Service
public class SignIn {

    private final IdentityRepository repository;
    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final java.time.Clock clock;

    SignIn(IdentityRepository repository, Passwords passwords, SignInThrottle throttle, java.time.Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The user's id if the e-mail and password match; {@link NotAuthenticated} otherwise. */
    public UUID authenticate(String email, String password) {
        String normalised = Emails.normalise(email);
        throttle.checkAllowed(normalised);
        var account = repository.findUserByEmail(normalised);
        if (!passwords.matches(
                password,
                account.map(IdentityRepository.UserAccount::passwordHash).orElse(null))) {
            throttle.recordFailure(normalised);
            throw new NotAuthenticated("The e-mail or the password is wrong.");
        }
        throttle.recordSuccess(normalised);
        UUID userId = account.orElseThrow().id();
        repository.touchLastSeen(userId, clock.instant());
        return userId;
    }
}
