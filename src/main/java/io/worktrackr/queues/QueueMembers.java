package io.worktrackr.queues;

import io.worktrackr.identity.Member;
import io.worktrackr.identity.UserDirectory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works which queue: the module API for others (automation's round-robin and least-loaded assignment, "my
 * queues" first in an agent's sidebar). Only <em>active</em> members of the organisation count: a deactivated
 * person stays in the table but is never returned.
 */
@Service
@Transactional(readOnly = true)
public class QueueMembers {

    private final QueueRepository repository;
    private final UserDirectory users;

    QueueMembers(QueueRepository repository, UserDirectory users) {
        this.repository = repository;
        this.users = users;
    }

    /** The queue's active members, by name; empty for a queue of another organisation. */
    public List<Member> of(UUID organisationId, UUID queueId) {
        // the queue's people only, not the organisation's whole membership: an automated assignment asks per ticket
        return users.membersAmong(organisationId, repository.memberIds(organisationId, queueId));
    }

    /** The ids of the queues this person works in this organisation. */
    public Set<UUID> queuesOf(UUID organisationId, UUID userId) {
        return repository.queueIdsOf(organisationId, userId).stream().collect(Collectors.toUnmodifiableSet());
    }
}
