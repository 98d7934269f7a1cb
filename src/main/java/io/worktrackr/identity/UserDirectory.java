package io.worktrackr.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about people: members of an organisation and names for display. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final IdentityRepository repository;
    private final IdentityCache cache;

    UserDirectory(IdentityRepository repository, IdentityCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    /** The member, if this user belongs to this organisation. */
    public Optional<Member> member(UUID organisationId, UUID userId) {
        return repository.findMember(organisationId, userId);
    }

    /** Everyone in the organisation, by name. All of them may be assigned tickets (agents and admins). */
    public List<Member> members(UUID organisationId) {
        return repository.members(organisationId);
    }

    /**
     * People by id, for showing names next to ids: at most one query, none for people read within the last
     * second on this node ({@link IdentityCache}). Not for permission decisions (use {@link #member}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<UUID, Person> people(Collection<UUID> ids) {
        return cache.people(ids.stream().distinct().toList(), repository::findPeople);
    }
}
