package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code worktrackr.activity.checkpoint-interval} (default 1 h) records, for each organisation whose trail
 * grew since its last checkpoint, every ticket chain's head and their Merkle-style root
 * ({@link ActivityChain#root}), so that a trail deleted whole, or cut short, no longer matches
 * ({@link ActivityVerification}). At most {@value #ORGANISATIONS_PER_RUN} organisations per run, one transaction
 * each; runs on one node at a time (ShedLock), and a second run finds nothing new: idempotent.
 */
@Component
class ActivityCheckpoints {

    static final String LOCK = "activity-checkpoints";
    static final int ORGANISATIONS_PER_RUN = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActivityCheckpoints(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${worktrackr.activity.checkpoint-interval:1h}",
            fixedDelayString = "${worktrackr.activity.checkpoint-interval:1h}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void checkpointOnSchedule() {
        checkpoint();
    }

    /** One run without the schedule and the lock; returns how many organisations got a new checkpoint. */
    int checkpoint() {
        List<UUID> due = jdbc.sql("""
                SELECT o.id FROM organisations o
                WHERE EXISTS (
                    SELECT 1 FROM activity_log a
                    WHERE a.organisation_id = o.id AND a.chain_position IS NOT NULL
                      AND a.seq > COALESCE(
                          (SELECT MAX(c.up_to_seq) FROM activity_checkpoints c WHERE c.organisation_id = o.id), 0))
                ORDER BY o.id
                FETCH FIRST :limit ROWS ONLY""")
                .param("limit", ORGANISATIONS_PER_RUN)
                .query(UUID.class)
                .list();
        int made = 0;
        for (UUID organisationId : due) {
            made += checkpointIfGrown(organisationId) ? 1 : 0;
        }
        return made;
    }

    /** One organisation, in a transaction of its own: a checkpoint if its trail grew since the last one. */
    boolean checkpointIfGrown(UUID organisationId) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean grown =
                    jdbc.sql("""
                    SELECT COUNT(*) FROM activity_log a
                    WHERE a.organisation_id = :org AND a.chain_position IS NOT NULL
                      AND a.seq > COALESCE(
                          (SELECT MAX(c.up_to_seq) FROM activity_checkpoints c WHERE c.organisation_id = :org), 0)""").param("org", organisationId).query(Long.class).single() > 0;
            if (grown) {
                checkpoint(organisationId);
            }
            return grown;
        }));
    }

    private void checkpoint(UUID organisationId) {
        long upToSeq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM activity_log WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Long.class)
                .single();
        List<ActivityChain.Head> heads = jdbc.sql("""
                SELECT a.ticket_id, a.chain_position, a.entry_hash
                FROM activity_log a
                JOIN (SELECT ticket_id, MAX(chain_position) AS head FROM activity_log
                      WHERE organisation_id = :org AND chain_position IS NOT NULL AND seq <= :upTo
                      GROUP BY ticket_id) h
                  ON h.ticket_id = a.ticket_id AND h.head = a.chain_position""")
                .param("org", organisationId)
                .param("upTo", upToSeq)
                .query((rs, i) -> new ActivityChain.Head(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
                .list();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO activity_checkpoints (id, organisation_id, created_at, up_to_seq, tickets, root)
                VALUES (:id, :org, :at, :upTo, :tickets, :root)""")
                .param("id", id)
                .param("org", organisationId)
                .param("at", toDb(clock.instant()))
                .param("upTo", upToSeq)
                .param("tickets", heads.size())
                .param("root", ActivityChain.root(heads))
                .update();
        for (ActivityChain.Head head : heads) {
            jdbc.sql("""
                    INSERT INTO activity_checkpoint_heads (checkpoint_id, ticket_id, chain_position, entry_hash)
                    VALUES (:id, :ticket, :position, :hash)""")
                    .param("id", id)
                    .param("ticket", head.ticketId())
                    .param("position", head.position())
                    .param("hash", head.hash())
                    .update();
        }
    }
}
