package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Databases;
import io.worktrackr.common.Ids;
import io.worktrackr.sla.SlaAtRisk;
import io.worktrackr.sla.SlaBreached;
import io.worktrackr.sla.SlaDueMoved;
import io.worktrackr.tickets.AutomationCause;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketCreated;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one entry per created ticket and one per changed field. Runs synchronously inside the publishing
 * transaction: the activity log can never disagree with the tickets. It only ever inserts.
 *
 * <p>Every entry extends its ticket's hash chain ({@link ActivityChain}). Appending holds the ticket row's lock
 * until the transaction ends, so the entries of one ticket are written one transaction after the other and each
 * is appended after the head its predecessor committed (read by its own INSERT, see {@link #APPEND}). A ticket
 * creation or change already holds that lock (the repository locks the row before updating it), so there it costs
 * nothing; comments, attachments and the SLA entries take it here. On PostgreSQL the lock is {@code FOR NO KEY UPDATE}: it does not conflict with the key-share lock that inserting a
 * comment or attachment (their foreign key to the ticket) already took, so two comments on one ticket queue up
 * instead of deadlocking on a lock upgrade. The unique index on (ticket, position) turns any writer that slipped
 * past the lock into a failed transaction rather than a forked chain.
 */
@Component
class ActivityRecorder {

    /**
     * Appends one entry after its ticket's head in one statement: the head (the highest position and its hash, or
     * position 0 and {@link ActivityChain#GENESIS}) is read by the INSERT itself, on the same snapshot a separate
     * read would have had under the ticket's lock, and the database hashes {@link ActivityChain#HEAD}, the previous
     * hash's and the position's fields (both ASCII, so their character count is their UTF-8 byte length) and the
     * {@link ActivityChain#tail} computed here. {@code %s} is the dialect's lower-case hex SHA-256 of UTF-8 text.
     */
    private static final String APPEND = """
            INSERT INTO activity_log (id, organisation_id, ticket_id, actor_id, occurred_at, action, field, old_value,
                                      new_value, automation_rule_id, automation_rule_name, automation_rule_version,
                                      automation_because, reason, chain_position, prev_hash, entry_hash)
            SELECT :id, :org, :ticket, CAST(:actor AS UUID), :at, :action, :field, :old, :new, CAST(:ruleId AS UUID),
                   :ruleName, CAST(:ruleVersion AS INTEGER), :because, :reason, h.position + 1, h.hash,
                   %s
            FROM (SELECT p.position, COALESCE(e.entry_hash, :genesis) AS hash
                  FROM (SELECT COALESCE(MAX(chain_position), 0) AS position FROM activity_log
                         WHERE ticket_id = :ticket) p
                  LEFT JOIN activity_log e ON e.ticket_id = :ticket AND e.chain_position = p.position) h""";

    private static final String SERIALISED =
            ":head || CAST(CHAR_LENGTH(h.hash) AS VARCHAR) || ':' || h.hash || :newline"
                    + " || CAST(CHAR_LENGTH(CAST(h.position + 1 AS VARCHAR)) AS VARCHAR) || ':' || CAST(h.position + 1 AS VARCHAR)"
                    + " || :tail";

    private final JdbcClient jdbc;
    private final String lockTicket;
    private final String append;

    ActivityRecorder(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        boolean postgresql = Databases.isPostgresql(dataSource);
        this.lockTicket =
                "SELECT id FROM tickets WHERE id = :ticket " + (postgresql ? "FOR NO KEY UPDATE" : "FOR UPDATE");
        this.append = APPEND.formatted(
                postgresql
                        ? "encode(sha256(convert_to(" + SERIALISED + ", 'UTF8')), 'hex')"
                        : "LOWER(RAWTOHEX(HASH('SHA-256', STRINGTOUTF8(" + SERIALISED + "))))");
    }

    @EventListener
    void on(TicketCreated event) {
        appendUnderTicketLock(
                event.organisationId(),
                event.ticketId(),
                event.actorId(),
                event.at(),
                "created",
                null,
                null,
                null,
                ActivityChain.Extras.NONE);
    }

    @EventListener
    void on(TicketChanged event) {
        AutomationCause cause = event.automation();
        for (FieldChange change : event.changes()) {
            appendUnderTicketLock(
                    event.organisationId(),
                    event.ticketId(),
                    event.actorId(),
                    event.at(),
                    "changed",
                    change.field(),
                    change.oldValue(),
                    change.newValue(),
                    ActivityChain.Extras.of(cause));
        }
    }

    /** A service-level clock crossed its at-risk instant: an entry by the system (no actor). */
    @EventListener
    void on(SlaAtRisk event) {
        append(
                event.organisationId(),
                event.ticketId(),
                null,
                event.atRiskAt(),
                "sla_at_risk",
                event.clock().code(),
                null,
                event.clock().label() + " SLA at risk",
                ActivityChain.Extras.NONE);
    }

    /** A service-level clock passed its due instant: an entry by the system (no actor). */
    @EventListener
    void on(SlaBreached event) {
        append(
                event.organisationId(),
                event.ticketId(),
                null,
                event.dueAt(),
                "sla_breached",
                event.clock().code(),
                null,
                event.clock().label() + " SLA breached",
                ActivityChain.Extras.NONE);
    }

    /** An admin's policy or calendar change moved a clock's due instant: an entry by the system (no actor). */
    @EventListener
    void on(SlaDueMoved event) {
        append(
                event.organisationId(),
                event.ticketId(),
                null,
                event.at(),
                "sla_due_moved",
                event.clock().code(),
                event.oldDueAt() == null ? null : event.oldDueAt().toString(),
                event.newDueAt() == null ? null : event.newDueAt().toString(),
                ActivityChain.Extras.reason(event.reason()));
    }

    /**
     * Appends one entry at the end of its ticket's chain, locking the ticket's row first (the conversation, attachment
     * and automation listeners of this module write through here too). {@code extras} are the columns added after the
     * chain's version 1: the automation rule that acted, or the reason the system wrote it ({@code sla_due_moved});
     * {@link ActivityChain.Extras#NONE} for none.
     */
    void append(
            UUID organisationId,
            UUID ticketId,
            @Nullable UUID actorId,
            Instant at,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            ActivityChain.Extras extras) {
        jdbc.sql(lockTicket).param("ticket", ticketId).query(UUID.class).single();
        appendUnderTicketLock(organisationId, ticketId, actorId, at, action, field, oldValue, newValue, extras);
    }

    /**
     * Appends one entry when this transaction already holds the ticket row's lock: a ticket just created (nobody
     * else sees the row before commit) or just updated (TicketRepository locks the row before the versioned update).
     */
    private void appendUnderTicketLock(
            UUID organisationId,
            UUID ticketId,
            @Nullable UUID actorId,
            Instant at,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            ActivityChain.Extras extras) {
        var entry = new ActivityChain.Content(
                0, // the database puts it after the head
                Ids.timeOrdered(),
                organisationId,
                ticketId,
                actorId,
                ActivityChain.stored(at),
                action,
                field,
                oldValue,
                newValue,
                extras);
        int appended = jdbc.sql(append)
                .param("id", entry.id())
                .param("ruleId", extras.ruleId())
                .param("ruleName", extras.ruleName())
                .param("ruleVersion", extras.ruleVersion())
                .param("because", extras.because())
                .param("reason", extras.reason())
                .param("org", organisationId)
                .param("ticket", ticketId)
                .param("actor", actorId)
                .param("at", toDb(entry.at()))
                .param("action", action)
                .param("field", field)
                .param("old", oldValue)
                .param("new", newValue)
                .param("genesis", ActivityChain.GENESIS)
                .param("head", ActivityChain.HEAD + "\n")
                .param("newline", "\n")
                .param("tail", ActivityChain.tail(entry))
                .update();
        if (appended != 1) {
            throw new IllegalStateException("the activity entry of ticket " + ticketId + " was not appended");
        }
    }
}
