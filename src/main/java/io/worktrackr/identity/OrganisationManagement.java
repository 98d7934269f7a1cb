package io.worktrackr.identity;

import io.worktrackr.common.Conflict;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up: a new organisation, its defaults and its first admin, all or nothing. */
@Service
public class OrganisationManagement {

    public record SignUp(String organisationName, String adminName, String email, String password) {}

    public record SignedUp(UUID organisationId, UUID adminId) {}

    private final IdentityRepository repository;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationManagement(
            IdentityRepository repository, Passwords passwords, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** Whether any organisation exists yet: a new installation has none. */
    @Transactional(readOnly = true)
    public boolean anyOrganisation() {
        return repository.anyOrganisation();
    }

    @Transactional
    public SignedUp signUp(SignUp command) {
        String email = Emails.normalise(command.email());
        String hash = passwords.hash("password", command.password());
        if (repository.findUserByEmail(email).isPresent()) {
            throw new Conflict(
                    "email-taken",
                    "E-mail already registered",
                    "An account with this e-mail exists. Sign in, and ask an admin to add you to the organisation.");
        }
        Instant now = clock.instant();
        UUID organisationId =
                repository.insertOrganisation(command.organisationName().trim(), now);
        events.publishEvent(new OrganisationCreated(
                organisationId, command.organisationName().trim()));
        UUID adminId = repository.insertUser(email, command.adminName().trim(), hash, now);
        repository.insertMembership(organisationId, adminId, Role.ADMIN, now);
        return new SignedUp(organisationId, adminId);
    }
}
