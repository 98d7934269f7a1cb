package io.worktrackr.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about people: members of an organisation and names for display. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final IdentityRepository repository;

    UserDirectory(IdentityRepository repository) {
        this.repository = repository;
    }

    /** The member, if this user belongs to this organisation. */
    public Optional<Member> member(UUID organisationId, UUID userId) {
        return repository.findMember(organisationId, userId);
    }

    /** Everyone in the organisation, by name. All of them may be assigned tickets (agents and admins). */
    public List<Member> members(UUID organisationId) {
        return repository.members(organisationId);
    }

    /** People by id, in one query, for showing names next to ids. */
    public Map<UUID, Person> people(Collection<UUID> ids) {
        return repository.findPeople(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }
}
