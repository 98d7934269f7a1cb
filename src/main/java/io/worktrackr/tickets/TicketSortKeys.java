package io.worktrackr.tickets;

import io.worktrackr.common.Databases;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.PersonRenamed;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.queues.QueueRenamed;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The sort keys "by assignee" and "by queue" order by: the assignee's and the queue's name, case-folded, kept on
 * the ticket row ({@code assignee_sort_key}, {@code queue_sort_key}; unassigned = empty, so first ascending).
 *
 * <p>Why on the row: a list sorted by a name that lives in another table cannot be read from one index in order,
 * so at a million tickets PostgreSQL would sort every matching ticket for each page. With the key on the row the
 * sort is one index in its own order like every other sort (db/vendor/postgresql/V107), and a keyset cursor on
 * (key, id) stays gap-free. {@link TicketRepository} writes the keys with the assignee and queue (it is their only
 * writer); a rename is rare and is carried to the rows here, after the rename commits, in bounded batches.
 */
@Component
class TicketSortKeys {

    /** As long as a person's or a queue's name may be. */
    static final int MAX_LENGTH = 200;

    private static final int BATCH = 1_000;

    private final UserDirectory users;
    private final QueueDirectory queues;
    private final JdbcClient jdbc;

    /**
     * How a batch picks its rows: in id order, locked as they are picked on PostgreSQL (as every change locks a
     * ticket, {@link TicketRepository#POSTGRESQL_ROW_LOCK}). Every statement that locks
     * many tickets locks them in id order (the bulk update too), so a person's and a queue's rename carried at the
     * same time wait for each other instead of deadlocking (one of them would fail and wait for the resubmission).
     */
    private final String batchOf;

    TicketSortKeys(UserDirectory users, QueueDirectory queues, JdbcClient jdbc, DataSource dataSource) {
        this.users = users;
        this.queues = queues;
        this.jdbc = jdbc;
        this.batchOf = " ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY"
                + (Databases.isPostgresql(dataSource) ? TicketRepository.POSTGRESQL_ROW_LOCK : "");
    }

    static String of(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    String assignee(@Nullable UUID assigneeId) {
        if (assigneeId == null) {
            return "";
        }
        Person person = users.people(List.of(assigneeId)).get(assigneeId);
        return person == null ? "" : of(person.name());
    }

    String queue(UUID organisationId, UUID queueId) {
        Queue queue = queues.byId(organisationId, List.of(queueId)).get(queueId);
        return queue == null ? "" : of(queue.name());
    }

    /** Idempotent: only rows whose key differs are written, a thousand per statement. */
    @ApplicationModuleListener
    void on(PersonRenamed event) {
        String key = of(event.name());
        int changed;
        do {
            changed = jdbc.sql("""
                    UPDATE tickets SET assignee_sort_key = :key WHERE id IN (
                        SELECT id FROM tickets WHERE assignee_id = :user AND assignee_sort_key <> :key""" + batchOf + ")")
                    .param("key", key)
                    .param("user", event.userId())
                    .update();
        } while (changed == BATCH);
    }

    @ApplicationModuleListener
    void on(QueueRenamed event) {
        String key = of(event.name());
        int changed;
        do {
            changed = jdbc.sql("""
                    UPDATE tickets SET queue_sort_key = :key WHERE id IN (
                        SELECT id FROM tickets WHERE organisation_id = :org AND queue_id = :queue
                            AND queue_sort_key <> :key""" + batchOf + ")")
                    .param("key", key)
                    .param("org", event.organisationId())
                    .param("queue", event.queueId())
                    .update();
        } while (changed == BATCH);
    }
}
