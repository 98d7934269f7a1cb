package io.worktrackr.tickets;

import io.worktrackr.common.Databases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many tickets each group (organisation, status, queue, assignee) holds: what every view's and queue's count
 * is made of. {@link TicketRepository} records every ticket that enters or leaves a group in the transaction that
 * moves it (create, and every update that changes status, queue, assignee or stored {@link SlaStanding} — single and
 * bulk alike, and {@link TicketSlaStandings}), so the tally is exact whenever the tickets are; a rolled-back change
 * rolls its tally rows back with it. The tickets that time moved to another standing since they were written are
 * moved to it by {@link #counts} itself, in the same statement.
 *
 * <p>Why append-only changes plus a fold, and not one counter row per group updated in place: a status change
 * moves a ticket out of one group and into another, and the busiest groups (open, in the default queue,
 * unassigned) are touched by nearly every change; an {@code UPDATE … SET tickets = tickets + 1} on them would
 * make concurrent changes queue up behind each other's row lock until commit, and a first insert of a new group
 * races (PostgreSQL's {@code ON CONFLICT} / {@code MERGE} need a retry, H2 has no {@code ON CONFLICT (col)}).
 * Inserting rows into {@code ticket_tally_changes} never waits for anybody. The scheduled {@link
 * TicketTallyFold} moves the changes into {@code ticket_tally} (one row per group) in one transaction, so a read
 * sums a few hundred folded rows plus the changes of the last few seconds.
 *
 * <p>Exactness of the fold: it locks the change rows it takes ({@code FOR UPDATE SKIP LOCKED}, so a second fold
 * running at the same time takes other rows or none), adds exactly those rows to {@code ticket_tally} and deletes
 * exactly those rows, all in one transaction: a reader sees the changes either pending or folded, never both or
 * neither. Changes that commit meanwhile are not among the locked ids and wait for the next fold. The unique
 * group constraint turns a clash of two folds creating the same group into a rolled-back fold, never a double
 * count.
 */
@Repository
class TicketTally {

    /** The group a ticket is counted in. */
    record Group(
            TicketStatus status, UUID queueId, @Nullable UUID assigneeId, SlaStanding standing) {

        /** The group the ticket was stored in (its stored SLA standing). */
        static Group of(Ticket ticket) {
            return new Group(ticket.status(), ticket.queueId(), ticket.assigneeId(), ticket.slaStanding());
        }

        Group withStanding(SlaStanding standing) {
            return new Group(status, queueId, assigneeId, standing);
        }
    }

    /** A group and how many tickets it holds now. */
    record Count(Group group, long tickets) {}

    private final JdbcClient jdbc;
    private final boolean postgresql;

    TicketTally(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgresql = Databases.isPostgresql(dataSource);
    }

    /**
     * Runs a ticket's {@code UPDATE} (of at most one row, by organisation and id) and records that the ticket left {@code from} and entered {@code to}; returns whether the update found its
     * row. On PostgreSQL both go in one statement (a data-modifying {@code WITH}): one round trip less while the
     * ticket's row lock is held, which is what a status change waits on. H2 runs them one after the other.
     */
    boolean updatedAndMoved(String update, Map<String, ?> params, Group from, Group to) {
        if (!postgresql || to.equals(from)) {
            boolean updated = jdbc.sql(update).params(params).update() == 1;
            if (updated) {
                moved((UUID) params.get("org"), from, to);
            }
            return updated;
        }
        int recorded = jdbc.sql("WITH updated AS (" + update + " RETURNING organisation_id) "
                        + "INSERT INTO ticket_tally_changes (organisation_id, status, queue_id, assignee_id, sla_standing, delta) "
                        + "SELECT organisation_id, CAST(:tallyFromStatus AS VARCHAR(20)), CAST(:tallyFromQueue AS UUID), "
                        + "CAST(:tallyFromAssignee AS UUID), CAST(:tallyFromStanding AS VARCHAR(10)), -1 FROM updated "
                        + "UNION ALL SELECT organisation_id, CAST(:tallyToStatus AS VARCHAR(20)), CAST(:tallyToQueue AS UUID), "
                        + "CAST(:tallyToAssignee AS UUID), CAST(:tallyToStanding AS VARCHAR(10)), 1 FROM updated")
                .params(params)
                .param("tallyFromStatus", from.status().code())
                .param("tallyFromQueue", from.queueId())
                .param("tallyFromAssignee", from.assigneeId())
                .param("tallyFromStanding", from.standing().code())
                .param("tallyToStatus", to.status().code())
                .param("tallyToQueue", to.queueId())
                .param("tallyToAssignee", to.assigneeId())
                .param("tallyToStanding", to.standing().code())
                .update();
        return recorded == 2;
    }

    /**
     * Records that a ticket left one group and entered another ({@code null}: it did not exist before). Nothing
     * happens when both are the same group. Must run in the transaction that writes the ticket.
     */
    void moved(UUID organisationId, @Nullable Group from, Group to) {
        moved(organisationId, from, to, 1);
    }

    /** Records that {@code tickets} tickets left one group and entered another (see {@link #moved(UUID, Group, Group)}). */
    void moved(UUID organisationId, @Nullable Group from, Group to, int tickets) {
        if (to.equals(from)) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO ticket_tally_changes (organisation_id, status, queue_id, assignee_id, sla_standing, delta) VALUES ");
        if (from != null) {
            sql.append("(:org, :fromStatus, :fromQueue, :fromAssignee, :fromStanding, :ticketsLeaving), ");
        }
        sql.append("(:org, :toStatus, :toQueue, :toAssignee, :toStanding, :tickets)");
        JdbcClient.StatementSpec insert = jdbc.sql(sql.toString())
                .param("org", organisationId)
                .param("tickets", tickets)
                .param("ticketsLeaving", -tickets)
                .param("toStatus", to.status().code())
                .param("toQueue", to.queueId())
                .param("toAssignee", to.assigneeId())
                .param("toStanding", to.standing().code());
        if (from != null) {
            insert = insert.param("fromStatus", from.status().code())
                    .param("fromQueue", from.queueId())
                    .param("fromAssignee", from.assigneeId())
                    .param("fromStanding", from.standing().code());
        }
        insert.update();
    }

    /**
     * Every non-empty group of the organisation with its number of tickets at {@code now}: folded sums, pending
     * changes, and the tickets whose standing time changed since they were written moved from their stored group to
     * their standing at {@code now} ({@link SlaStanding#CROSSINGS}). One statement, so one snapshot: a ticket is
     * never counted in two groups or in none. Each crossed ticket gives −1 for its stored group and +1 for its group
     * now (the join with two rows), from one scan; not a {@code WITH}: H2 read no rows from a common table expression
     * with parameters.
     */
    List<Count> counts(UUID organisationId, Instant now) {
        return read("""
                        UNION ALL
                        SELECT c.status, c.queue_id, c.assignee_id,
                               CASE WHEN m.delta < 0 THEN c.sla_standing ELSE c.standing_now END, m.delta
                        FROM (SELECT t.status, t.queue_id, t.assignee_id, t.sla_standing, %s AS standing_now
                                FROM tickets t WHERE t.organisation_id = :org AND %s) c
                        CROSS JOIN (VALUES (-1), (1)) m (delta)""".formatted(SlaStanding.sqlOf(), SlaStanding.crossedSql()), organisationId, now);
    }

    /**
     * The groups as stored, without moving the tickets time changed the standing of: enough for any sum over all
     * standings (a queue's or a person's active tickets), where such a move changes nothing, and no read of tickets.
     */
    List<Count> storedCounts(UUID organisationId) {
        return read("", organisationId, null);
    }

    private List<Count> read(String moved, UUID organisationId, @Nullable Instant now) {
        JdbcClient.StatementSpec read = jdbc.sql("""
                SELECT status, queue_id, assignee_id, sla_standing, SUM(tickets) AS tickets FROM (
                    SELECT status, queue_id, assignee_id, sla_standing, tickets FROM ticket_tally WHERE organisation_id = :org
                    UNION ALL
                    SELECT status, queue_id, assignee_id, sla_standing, delta FROM ticket_tally_changes WHERE organisation_id = :org
                    %s
                ) g
                GROUP BY status, queue_id, assignee_id, sla_standing
                HAVING SUM(tickets) <> 0""".formatted(moved)).param("org", organisationId);
        return (now == null ? read : SlaStanding.bind(read, now))
                .query((rs, row) -> new Count(
                        new Group(
                                TicketStatus.fromCode(rs.getString("status")),
                                rs.getObject("queue_id", UUID.class),
                                rs.getObject("assignee_id", UUID.class),
                                SlaStanding.fromCode(rs.getString("sla_standing"))),
                        rs.getLong("tickets")))
                .list();
    }

    /**
     * Folds up to {@code limit} of the oldest pending changes into the per-group sums, in the caller's
     * transaction; returns how many it folded (fewer than {@code limit}: nothing older is left right now).
     */
    int fold(int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM ticket_tally_changes ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("limit", limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        // One MERGE for all the ids (a few thousand parameters at most, far below either driver's limit): a group's
        // row gets one new version per fold. Folding in chunks wrote one per chunk, in one transaction, so none of
        // them could be pruned before the commit: after a burst the table held 18,000 row versions for 880 groups
        // (208 pages, 92 % free), and every count reads all of its pages. Groups that reach zero are deleted, so
        // ticket_tally holds only groups that have tickets.
        jdbc.sql("""
                MERGE INTO ticket_tally t
                USING (SELECT organisation_id, status, queue_id, assignee_id, sla_standing, SUM(delta) AS delta
                         FROM ticket_tally_changes WHERE id IN (:ids)
                        GROUP BY organisation_id, status, queue_id, assignee_id, sla_standing) c
                   ON t.organisation_id = c.organisation_id AND t.status = c.status AND t.queue_id = c.queue_id
                      AND t.assignee_id IS NOT DISTINCT FROM c.assignee_id AND t.sla_standing = c.sla_standing
                 WHEN MATCHED AND t.tickets + c.delta = 0 THEN DELETE
                 WHEN MATCHED THEN UPDATE SET tickets = t.tickets + c.delta
                 WHEN NOT MATCHED AND c.delta <> 0 THEN
                      INSERT (organisation_id, status, queue_id, assignee_id, sla_standing, tickets)
                      VALUES (c.organisation_id, c.status, c.queue_id, c.assignee_id, c.sla_standing, c.delta)""").param("ids", ids).update();
        jdbc.sql("DELETE FROM ticket_tally_changes WHERE id IN (:ids)")
                .param("ids", ids)
                .update();
        return ids.size();
    }
}
