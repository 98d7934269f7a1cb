package io.worktrackr.identity;

import io.worktrackr.identity.IdentityWeb.CurrentOrganisation;
import io.worktrackr.identity.IdentityWeb.MeResponse;
import io.worktrackr.identity.IdentityWeb.MembershipResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds "who am I": the user, their memberships and the organisation they act in now. */
@Service
class MeService {

    private final IdentityRepository repository;
    private final CurrentActor currentActor;

    MeService(IdentityRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    MeResponse me() {
        Actor actor = currentActor.get();
        Person user = repository.findPerson(actor.userId()).orElseThrow(() -> new NotAuthenticated("Sign in first."));
        var memberships = repository.membershipsOf(actor.userId());
        String organisationName = memberships.stream()
                .filter(m -> m.organisationId().equals(actor.organisationId()))
                .findFirst()
                .orElseThrow()
                .organisationName();
        return new MeResponse(
                user,
                memberships.stream()
                        .map(m -> new MembershipResponse(
                                m.organisationId(),
                                m.organisationName(),
                                m.role().code()))
                        .toList(),
                new CurrentOrganisation(
                        actor.organisationId(), organisationName, actor.role().code()),
                repository.invitationsOf(actor.userId()).stream()
                        .map(m -> new MembershipResponse(
                                m.organisationId(),
                                m.organisationName(),
                                m.role().code()))
                        .toList());
    }
}
