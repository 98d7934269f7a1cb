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
     * The members these {@code @handles} name: a handle (lower-case, without the {@code @}) is a whole e-mail address
     * or an address's local part. All who share a local part are returned (the caller decides what an ambiguous
     * handle means). One query over the handles, not the organisation's whole membership.
     */
    public List<Member> membersByHandles(UUID organisationId, Collection<String> handles) {
        return handles.isEmpty() ? List.of() : repository.membersByHandles(organisationId, handles);
    }

    /** Those of these people who are active members of the organisation, by name: one query over just them. */
    public List<Member> membersAmong(UUID organisationId, Collection<UUID> userIds) {
        return userIds.isEmpty() ? List.of() : repository.membersAmong(organisationId, userIds);
    }

    /** The organisation's admins, by name. */
    public List<Member> admins(UUID organisationId) {
        return repository.membersInRole(organisationId, Role.ADMIN);
    }

    /**
     * People by id, for showing names next to ids: at most one query, none for people read within the last
     * second on this node ({@link IdentityCache}). Not for permission decisions (use {@link #member}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<UUID, Person> people(Collection<UUID> ids) {
        return cache.people(ids.stream().distinct().toList(), repository::findPeople);
    }

    /** One page of the organisation's people for admins, by name (keyset). */
    public record DirectoryPage(
            List<MemberDetail> items,
            @org.jspecify.annotations.Nullable String nextCursor) {}

    /**
     * The organisation's people of any status (admin), filtered by a name or e-mail fragment and a status, by
     * name, a keyset page at a time: one query per page, whatever the organisation's size.
     */
    public DirectoryPage directory(
            Actor actor,
            @org.jspecify.annotations.Nullable String query,
            @org.jspecify.annotations.Nullable MemberStatus status,
            @org.jspecify.annotations.Nullable String cursor,
            @org.jspecify.annotations.Nullable Integer limit) {
        actor.requireAdmin();
        int size = io.worktrackr.common.PageLimits.size(limit);
        String like = null;
        if (query != null && !query.isBlank()) {
            String q =
                    io.worktrackr.common.Text.requireOneLine("q", query).trim().toLowerCase(java.util.Locale.ROOT);
            like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
        String afterName = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String decoded = new String(
                        java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
                int split = decoded.lastIndexOf('\n');
                afterName = decoded.substring(0, split);
                afterId = UUID.fromString(decoded.substring(split + 1));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw new io.worktrackr.common.InvalidInput("cursor", "is not a cursor of this list");
            }
        }
        var rows = repository.directory(actor.organisationId(), status, like, afterName, afterId, size + 1);
        boolean more = rows.size() > size;
        var page = more ? rows.subList(0, size) : rows;
        String next = null;
        if (more) {
            var last = page.get(page.size() - 1);
            next = java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((last.sortName() + "\n" + last.member().id())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new DirectoryPage(
                page.stream().map(IdentityRepository.DirectoryRow::member).toList(), next);
    }
}
