package io.worktrackr.automation;

import io.worktrackr.identity.Member;
import io.worktrackr.queues.QueueMembers;
import io.worktrackr.tickets.TicketQueries;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picks an assignee among a queue's active members. Both pickers lock the queue's cursor row first and keep it until
 * the caller's transaction (the rule's) commits with the assignment: concurrent picks in one queue take turns, so
 * round-robin never hands out the same turn twice and least-loaded always counts the previous pick.
 */
@Component
class Assignment {

    private final JdbcClient jdbc;
    private final QueueMembers members;
    private final TicketQueries tickets;
    private final org.springframework.transaction.support.TransactionTemplate separately;

    Assignment(
            JdbcClient jdbc,
            QueueMembers members,
            TicketQueries tickets,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.members = members;
        this.tickets = tickets;
        this.separately = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The member after the last one picked in this queue (by id order); empty when the queue has none. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<UUID> roundRobin(UUID organisationId, UUID queueId) {
        List<UUID> candidates = candidates(organisationId, queueId);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        UUID last = lockCursor(organisationId, queueId);
        UUID next = after(candidates, last);
        advance(queueId, next);
        return Optional.of(next);
    }

    /** The member with the fewest active tickets; ties go round-robin from the last pick. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<UUID> leastLoaded(UUID organisationId, UUID queueId) {
        List<UUID> candidates = candidates(organisationId, queueId);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        UUID last = lockCursor(organisationId, queueId);
        Map<UUID, Long> load = tickets.activeTicketsPerAssignee(organisationId);
        long fewest = candidates.stream()
                .mapToLong(id -> load.getOrDefault(id, 0L))
                .min()
                .orElse(0);
        List<UUID> tied = candidates.stream()
                .filter(id -> load.getOrDefault(id, 0L) == fewest)
                .toList();
        UUID next = after(tied, last);
        advance(queueId, next);
        return Optional.of(next);
    }

    /** Who round-robin would pick next, without taking the turn (the dry-run). */
    Optional<UUID> peekRoundRobin(UUID organisationId, UUID queueId, @Nullable UUID last) {
        List<UUID> candidates = candidates(organisationId, queueId);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(after(candidates, last));
    }

    @Nullable UUID lastPicked(UUID queueId) {
        return jdbc.sql("SELECT last_user_id FROM automation_queue_cursors WHERE queue_id = :queue")
                .param("queue", queueId)
                .query((rs, i) -> rs.getObject("last_user_id", UUID.class))
                .optional()
                .orElse(null);
    }

    private List<UUID> candidates(UUID organisationId, UUID queueId) {
        return members.of(organisationId, queueId).stream()
                .map(Member::id)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    static UUID after(List<UUID> ordered, @Nullable UUID last) {
        if (last == null) {
            return ordered.get(0);
        }
        return ordered.stream().filter(id -> id.compareTo(last) > 0).findFirst().orElse(ordered.get(0));
    }

    private @Nullable UUID lockCursor(UUID organisationId, UUID queueId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Optional<UUID>> row = jdbc.sql(
                            "SELECT last_user_id FROM automation_queue_cursors WHERE queue_id = :queue FOR UPDATE")
                    .param("queue", queueId)
                    .query((rs, i) -> Optional.ofNullable(rs.getObject("last_user_id", UUID.class)))
                    .optional();
            if (row.isPresent()) {
                return row.get().orElse(null);
            }
            try {
                // in a transaction of its own: a duplicate (another node created it first) must not spoil the rule's
                separately.executeWithoutResult(s -> jdbc.sql(
                                "INSERT INTO automation_queue_cursors (queue_id, organisation_id, last_user_id, turns) "
                                        + "VALUES (:queue, :org, NULL, 0)")
                        .param("queue", queueId)
                        .param("org", organisationId)
                        .update());
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                // another transaction created it first; lock theirs
            }
        }
        throw new IllegalStateException("No cursor row for queue " + queueId);
    }

    private void advance(UUID queueId, UUID picked) {
        jdbc.sql(
                        "UPDATE automation_queue_cursors SET last_user_id = :picked, turns = turns + 1 WHERE queue_id = :queue")
                .param("picked", picked)
                .param("queue", queueId)
                .update();
    }
}
