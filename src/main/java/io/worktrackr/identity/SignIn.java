package io.worktrackr.identity;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Checks e-mail and password. Unknown e-mail and wrong password are the same answer, in the same time, and
 * both count towards the {@link SignInThrottle}. A hash of an older algorithm is replaced on success, and an account
 * an admin added with an initial password joins that organisation ({@link MemberManagement#joinAtSignIn}).
 */
@Service
public class SignIn {

    private final IdentityRepository repository;
    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final java.time.Clock clock;
    private final MemberManagement members;

    SignIn(
            IdentityRepository repository,
            Passwords passwords,
            SignInThrottle throttle,
            java.time.Clock clock,
            MemberManagement members) {
        this.members = members;
        this.repository = repository;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * The user's id if the e-mail and password match; {@link NotAuthenticated} otherwise.
     *
     * @param clientAddress where the attempt comes from (the connection's, or a trusted proxy's forwarded address)
     */
    public UUID authenticate(String email, String password, String clientAddress) {
        String normalised = Emails.normalise(email);
        SignInThrottle.Reservation attempt = throttle.reserve(normalised, clientAddress);
        var account = repository.findUserByEmail(normalised);
        if (!passwords.matches(
                password,
                account.map(IdentityRepository.UserAccount::passwordHash).orElse(null))) {
            throw new NotAuthenticated("The e-mail or the password is wrong.");
        }
        throttle.succeeded(attempt);
        IdentityRepository.UserAccount user = account.orElseThrow();
        if (passwords.needsRehash(user.passwordHash())) {
            // the password is at hand only now: move a bcrypt hash of before to today's algorithm
            repository.replacePasswordHash(user.id(), user.passwordHash(), passwords.hash("password", password));
        }
        repository.touchLastSeen(user.id(), clock.instant());
        // an account an admin made with an initial password joins their organisation now (MemberManagement.add)
        members.joinAtSignIn(user.id());
        return user.id();
    }
}
