package io.worktrackr.identity;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks e-mail and password. Unknown e-mail and wrong password are the same answer, in the same time. */
@Service
class SignIn {

    private final IdentityRepository repository;
    private final Passwords passwords;

    SignIn(IdentityRepository repository, Passwords passwords) {
        this.repository = repository;
        this.passwords = passwords;
    }

    @Transactional(readOnly = true)
    UUID authenticate(String email, String password) {
        var account = repository.findUserByEmail(Emails.normalise(email));
        if (!passwords.matches(password, account.map(IdentityRepository.UserAccount::passwordHash).orElse(null))) {
            throw new NotAuthenticated("The e-mail or the password is wrong.");
        }
        return account.orElseThrow().id();
    }
}
