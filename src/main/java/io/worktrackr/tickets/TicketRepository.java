package io.worktrackr.tickets;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Databases;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores tickets. Every query is scoped by organisation; writers lock the rows they change. Every write that puts
 * a ticket into a group or moves it to another (status, queue, assignee) records that in the {@link TicketTally}
 * in the same transaction: this class is the only writer of those columns, keep it so.
 */
@Repository
class TicketRepository {

    static final String COLUMNS = "t.id, t.organisation_id, t.number, t.created_by, t.created_at, t.version, t.title, "
            + "t.description, t.status, t.priority, t.queue_id, t.assignee_id, t.updated_at, t.resolved_at, t.closed_at, "
            + "t.first_responded_at, t.sla_due_at, t.sla_at_risk_at, t.sla_standing";

    private final JdbcClient jdbc;
    private final TicketTally tally;
    private final TicketSortKeys sortKeys;

    /**
     * How a ticket's row is locked before it changes, on PostgreSQL: {@code FOR NO KEY UPDATE}, the lock its UPDATE
     * takes anyway (no change touches the key). Unlike {@code FOR UPDATE} it does not conflict with the key-share lock
     * that inserting a comment or activity row takes on its ticket, so a reply that inserted its comment and then
     * locks the ticket to stamp the first response queues behind another such reply instead of deadlocking with it on
     * a lock upgrade (two first replies at the same moment: one was answered 409). H2 knows only {@code FOR UPDATE}.
     */
    static final String POSTGRESQL_ROW_LOCK = " FOR NO KEY UPDATE";

    private final String lockRow;

    TicketRepository(JdbcClient jdbc, TicketTally tally, TicketSortKeys sortKeys, DataSource dataSource) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.sortKeys = sortKeys;
        this.lockRow = Databases.isPostgresql(dataSource) ? POSTGRESQL_ROW_LOCK : " FOR UPDATE";
    }

    static Ticket map(ResultSet rs, int row) throws SQLException {
        return Ticket.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getLong("number"),
                rs.getObject("created_by", UUID.class),
                fromDb(rs, "created_at"),
                rs.getLong("version"),
                rs.getString("title"),
                rs.getString("description"),
                TicketStatus.fromCode(rs.getString("status")),
                Priority.fromCode(rs.getString("priority")),
                rs.getObject("queue_id", UUID.class),
                rs.getObject("assignee_id", UUID.class),
                fromDb(rs, "updated_at"),
                fromDb(rs, "resolved_at"),
                fromDb(rs, "closed_at"),
                fromDb(rs, "first_responded_at"),
                fromDb(rs, "sla_due_at"),
                fromDb(rs, "sla_at_risk_at"),
                SlaStanding.fromCode(rs.getString("sla_standing")));
    }

    void insert(Ticket t) {
        jdbc.sql("""
                INSERT INTO tickets (id, organisation_id, number, queue_id, created_by, assignee_id, title, description,
                                     status, priority, version, created_at, updated_at, resolved_at, closed_at,
                                     status_since, assignee_since, assignee_sort_key, queue_sort_key, sla_due_at,
                                     sla_at_risk_at, sla_standing)
                VALUES (:id, :org, :number, :queue, :createdBy, :assignee, :title, :description,
                        :status, :priority, 0, :createdAt, :updatedAt, NULL, NULL, :createdAt, :createdAt,
                        :assigneeSortKey, :queueSortKey, :dueAt, :atRiskAt, :slaStanding)""")
                .param("dueAt", toDb(t.slaDueAt()))
                .param("atRiskAt", toDb(t.slaAtRiskAt()))
                .param("slaStanding", t.slaStanding().code())
                .param("assigneeSortKey", sortKeys.assignee(t.assigneeId()))
                .param("queueSortKey", sortKeys.queue(t.organisationId(), t.queueId()))
                .param("id", t.id())
                .param("org", t.organisationId())
                .param("number", t.number())
                .param("queue", t.queueId())
                .param("createdBy", t.createdBy())
                .param("assignee", t.assigneeId())
                .param("title", t.title())
                .param("description", t.description())
                .param("status", t.status().code())
                .param("priority", t.priority().code())
                .param("createdAt", toDb(t.createdAt()))
                .param("updatedAt", toDb(t.updatedAt()))
                .update();
        jdbc.sql("""
                INSERT INTO ticket_search_texts (ticket_id, organisation_id, number, title, description)
                VALUES (:id, :org, :number, :title, :description)""")
                .param("id", t.id())
                .param("org", t.organisationId())
                .param("number", t.number())
                .param("title", t.title())
                .param("description", t.description())
                .update();
        tally.moved(t.organisationId(), null, TicketTally.Group.of(t));
    }

    Optional<Ticket> find(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tickets t WHERE t.organisation_id = :org AND t.id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(TicketRepository::map)
                .optional();
    }

    /** The ticket's assignee; null when it has none or is not in that organisation. One column, not the row. */
    @Nullable UUID assigneeOf(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT assignee_id FROM tickets WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query((rs, i) -> rs.getObject("assignee_id", UUID.class))
                .optional()
                .orElse(null);
    }

    Optional<Ticket> findByNumber(UUID organisationId, long number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tickets t WHERE t.organisation_id = :org AND t.number = :number")
                .param("org", organisationId)
                .param("number", number)
                .query(TicketRepository::map)
                .optional();
    }

    /** The tickets of this organisation among these ids, in a stable order, with their rows locked. */
    List<Ticket> findAllForUpdate(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // locking in id order makes concurrent bulk updates over overlapping tickets queue up, never deadlock
        return jdbc.sql("SELECT " + COLUMNS + " FROM tickets t WHERE t.organisation_id = :org AND t.id IN (:ids) "
                        + "ORDER BY t.id" + lockRow)
                .param("org", organisationId)
                .param("ids", ids)
                .query(TicketRepository::map)
                .list();
    }

    List<Ticket> findAll(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM tickets t WHERE t.organisation_id = :org AND t.id IN (:ids)")
                .param("org", organisationId)
                .param("ids", ids)
                .query(TicketRepository::map)
                .list();
    }

    /**
     * Stamps the first response unless one is already stamped (a single conditional UPDATE, so concurrent
     * replies cannot both stamp). Leaves the version alone: it is not an edit anybody could conflict with.
     */
    /** True when the ticket exists and has no first response yet (a plain read: no lock). */
    boolean unanswered(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM tickets WHERE organisation_id = :org AND id = :id "
                                + "AND first_responded_at IS NULL")
                        .param("org", organisationId)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /** Locks the ticket's row and returns its tally group while it has no first response; empty once it has one. */
    Optional<TicketTally.Group> lockUnanswered(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT status, queue_id, assignee_id, sla_standing FROM tickets "
                        + "WHERE organisation_id = :org AND id = :id AND first_responded_at IS NULL" + lockRow)
                .param("org", organisationId)
                .param("id", id)
                .query((rs, row) -> storedGroup(rs))
                .optional();
    }

    /**
     * Stamps the first response of a ticket locked by {@link #lockUnanswered}, with the instants the reply moved in
     * the same UPDATE (one row version in every index, not two) and the standing's tally move
     * ({@link TicketTally#updatedAndMoved}: one statement on PostgreSQL). False (nothing written) when another first
     * reply stamped it after all.
     */
    boolean stampFirstResponse(
            UUID organisationId, UUID id, Instant at, TicketTally.Group stored, TicketDeadlineKeeper.Plan deadlines) {
        Map<String, Object> params = new HashMap<>();
        params.put("at", toDb(at));
        params.put("org", organisationId);
        params.put("id", id);
        String set = "first_responded_at = :at";
        TicketTally.Group stamped = stored;
        if (deadlines.movesDeadlines()) {
            SlaStanding standing = SlaStanding.of(deadlines.dueAt(), deadlines.atRiskAt(), at);
            params.put("due", toDb(deadlines.dueAt()));
            params.put("atRisk", toDb(deadlines.atRiskAt()));
            params.put("standing", standing.code());
            set += ", sla_due_at = :due, sla_at_risk_at = :atRisk, sla_standing = :standing";
            stamped = stored.withStanding(standing);
        }
        return tally.updatedAndMoved(
                "UPDATE tickets SET " + set
                        + " WHERE organisation_id = :org AND id = :id AND first_responded_at IS NULL",
                params,
                stored,
                stamped);
    }

    /**
     * Saves a changed ticket if it is still at the version it was loaded at. The row is locked by then, so
     * the check is a last guard; it returns false instead of overwriting.
     */
    boolean update(Ticket t, TicketDeadlineKeeper.Plan deadlines) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", t.title());
        params.put("description", t.description());
        params.put("status", t.status().code());
        params.put("priority", t.priority().code());
        params.put("queue", t.queueId());
        params.put("assignee", t.assigneeId());
        params.put("updatedAt", toDb(t.updatedAt()));
        params.put("resolvedAt", toDb(t.resolvedAt()));
        params.put("closedAt", toDb(t.closedAt()));
        params.put("org", t.organisationId());
        params.put("id", t.id());
        params.put("version", t.version());
        // since when the ticket has its status and its assignee (automation's time triggers count from there)
        String since = (changed(t, TicketField.STATUS) ? ", status_since = :updatedAt" : "")
                + (changed(t, TicketField.ASSIGNEE) ? ", assignee_since = :updatedAt" : "");
        // the sort keys of "by assignee" and "by queue" move with the assignee and the queue (TicketSortKeys)
        if (changed(t, TicketField.ASSIGNEE)) {
            since += ", assignee_sort_key = :assigneeSortKey";
            params.put("assigneeSortKey", sortKeys.assignee(t.assigneeId()));
        }
        if (changed(t, TicketField.QUEUE)) {
            since += ", queue_sort_key = :queueSortKey";
            params.put("queueSortKey", sortKeys.queue(t.organisationId(), t.queueId()));
        }
        // the SLA's instants move in the same statement (a second UPDATE would write every index again)
        @Nullable Instant due = t.slaDueAt();
        @Nullable Instant atRisk = t.slaAtRiskAt();
        if (deadlines.movesDeadlines()) {
            since += ", sla_due_at = :slaDueAt, sla_at_risk_at = :slaAtRiskAt";
            due = deadlines.dueAt();
            atRisk = deadlines.atRiskAt();
            params.put("slaDueAt", toDb(due));
            params.put("slaAtRiskAt", toDb(atRisk));
        }
        // every write states the standing as of the change, so a written ticket has overtaken nothing (SlaStanding)
        SlaStanding standing = SlaStanding.of(due, atRisk, t.updatedAt());
        params.put("slaStanding", standing.code());
        // the row was locked and still at the loaded version: it left exactly the group it was loaded in
        TicketTally.Group from = Objects.requireNonNull(t.storedGroup(), "an updated ticket was loaded");
        boolean updated = tally.updatedAndMoved(
                """
                UPDATE tickets SET title = :title, description = :description, status = :status, priority = :priority,
                       queue_id = :queue, assignee_id = :assignee, updated_at = :updatedAt, resolved_at = :resolvedAt,
                       closed_at = :closedAt, sla_standing = :slaStanding, version = version + 1""" + since + " WHERE organisation_id = :org AND id = :id AND version = :version",
                params,
                from,
                new TicketTally.Group(t.status(), t.queueId(), t.assigneeId(), standing));
        if (updated && (changed(t, TicketField.TITLE) || changed(t, TicketField.DESCRIPTION))) {
            updateSearchText(t);
        }
        return updated;
    }

    /** Only a new title or description rewrites what a search reads (V115); a status change leaves it alone. */
    private void updateSearchText(Ticket t) {
        jdbc.sql("""
                UPDATE ticket_search_texts SET title = :title, description = :description
                WHERE organisation_id = :org AND ticket_id = :id""")
                .param("title", t.title())
                .param("description", t.description())
                .param("org", t.organisationId())
                .param("id", t.id())
                .update();
    }

    private static boolean changed(Ticket t, TicketField field) {
        return t.changes().stream().anyMatch(c -> c.field().equals(field.activityName()));
    }

    /** The ids of the queue's active tickets (to move them elsewhere). */
    List<UUID> activeIdsInQueue(UUID organisationId, UUID queueId) {
        return jdbc.sql("SELECT t.id FROM tickets t WHERE t.organisation_id = :org AND t.queue_id = :queue"
                        + " AND t.status IN (:statuses)")
                .param("org", organisationId)
                .param("queue", queueId)
                .param(
                        "statuses",
                        TicketStatus.active().stream().map(TicketStatus::code).toList())
                .query(UUID.class)
                .list();
    }

    /**
     * Writes the ticket's due and at-risk instants and its standing at {@code now}; not an edit, so the version stays
     * (see TicketDeadlines). Usually the standing stays (a clock starts or moves ahead): then one guarded UPDATE.
     * Otherwise the ticket changes tally group, so its row is locked to learn which group it leaves.
     */
    void setDeadlines(UUID organisationId, UUID id, @Nullable Instant dueAt, @Nullable Instant atRiskAt, Instant now) {
        SlaStanding standing = SlaStanding.of(dueAt, atRiskAt, now);
        String update = "UPDATE tickets SET sla_due_at = :due, sla_at_risk_at = :atRisk, sla_standing = :standing "
                + "WHERE organisation_id = :org AND id = :id";
        Map<String, Object> params = new HashMap<>();
        params.put("due", toDb(dueAt));
        params.put("atRisk", toDb(atRiskAt));
        params.put("standing", standing.code());
        params.put("org", organisationId);
        params.put("id", id);
        if (jdbc.sql(update + " AND sla_standing = :standing").params(params).update() == 1) {
            return;
        }
        Optional<TicketTally.Group> stored = jdbc.sql(
                        "SELECT status, queue_id, assignee_id, sla_standing FROM tickets WHERE organisation_id = :org AND id = :id"
                                + lockRow)
                .param("org", organisationId)
                .param("id", id)
                .query((rs, row) -> storedGroup(rs))
                .optional();
        if (stored.isPresent()) {
            jdbc.sql(update).params(params).update();
            tally.moved(organisationId, stored.get(), stored.get().withStanding(standing));
        }
    }

    /**
     * Writes the standing time has brought these tickets to (TicketSlaStandings, which holds their row locks and
     * records their tally moves); not an edit, so the version stays.
     */
    void restand(UUID organisationId, SlaStanding standing, List<UUID> ids) {
        jdbc.sql("UPDATE tickets SET sla_standing = :standing WHERE organisation_id = :org AND id IN (:ids)")
                .param("standing", standing.code())
                .param("org", organisationId)
                .param("ids", ids)
                .update();
    }

    static TicketTally.Group storedGroup(ResultSet rs) throws SQLException {
        return new TicketTally.Group(
                TicketStatus.fromCode(rs.getString("status")),
                rs.getObject("queue_id", UUID.class),
                rs.getObject("assignee_id", UUID.class),
                SlaStanding.fromCode(rs.getString("sla_standing")));
    }
}
