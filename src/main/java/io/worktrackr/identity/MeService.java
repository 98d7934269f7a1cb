package io.worktrackr.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds "who am I": the user, their memberships and the organisation they act in now. */
@Service
public class MeService {

    /** The signed-in user, where they are a member, where they act now, and where they are invited. */
    public record Me(Person user, List<Membership> memberships, Membership current, List<Membership> invitations) {}

    /** A membership (or an invitation) in one organisation. */
    public record Membership(UUID organisationId, String organisationName, Role role) {}

    private final IdentityRepository repository;
    private final CurrentActor currentActor;

    MeService(IdentityRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public Me me() {
        Actor actor = currentActor.get();
        Person user = repository.findPerson(actor.userId()).orElseThrow(() -> new NotAuthenticated("Sign in first."));
        var memberships = repository.membershipsOf(actor.userId());
        String organisationName = memberships.stream()
                .filter(m -> m.organisationId().equals(actor.organisationId()))
                .findFirst()
                .orElseThrow()
                .organisationName();
        return new Me(
                user,
                memberships.stream()
                        .map(m -> new Membership(m.organisationId(), m.organisationName(), m.role()))
                        .toList(),
                new Membership(actor.organisationId(), organisationName, actor.role()),
                repository.invitationsOf(actor.userId()).stream()
                        .map(m -> new Membership(m.organisationId(), m.organisationName(), m.role()))
                        .toList());
    }
}
