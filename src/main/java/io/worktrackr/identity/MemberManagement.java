package io.worktrackr.identity;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins add people to their organisation and change their roles. */
@Service
public class MemberManagement {

    public record AddMember(String email, String name, Role role, String password) {
    }

    private final IdentityRepository repository;
    private final Passwords passwords;
    private final Clock clock;

    MemberManagement(IdentityRepository repository, Passwords passwords, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Adds a member. A new e-mail creates the user with the given initial password; an e-mail that already
     * has an account (in another organisation) only gains the membership and keeps its own password.
     */
    @Transactional
    public Member add(Actor actor, AddMember command) {
        actor.requireAdmin();
        String email = Emails.normalise(command.email());
        UUID userId = repository.findUserByEmail(email).map(IdentityRepository.UserAccount::id).orElse(null);
        if (userId == null) {
            if (command.name() == null || command.name().isBlank()) {
                throw new InvalidInput("name", "must not be blank for a new user");
            }
            userId = repository.insertUser(email, command.name().trim(), passwords.hash("password", command.password()),
                    clock.instant());
        } else if (repository.findMember(actor.organisationId(), userId).isPresent()) {
            throw new Conflict("already-member", "Already a member", email + " is already a member.");
        }
        repository.insertMembership(actor.organisationId(), userId, command.role(), clock.instant());
        return repository.findMember(actor.organisationId(), userId).orElseThrow();
    }

    @Transactional
    public Member changeRole(Actor actor, UUID userId, Role role) {
        actor.requireAdmin();
        Member member = repository.findMember(actor.organisationId(), userId)
                .orElseThrow(() -> new NotFound("Member " + userId));
        if (member.role() == Role.ADMIN && role != Role.ADMIN && repository.lockAndCountAdmins(actor.organisationId()) == 1) {
            throw new Conflict("last-admin", "Last admin",
                    "An organisation needs at least one admin: make someone else admin first.");
        }
        repository.updateRole(actor.organisationId(), userId, role);
        return repository.findMember(actor.organisationId(), userId).orElseThrow();
    }
}
