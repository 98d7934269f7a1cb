package io.worktrackr.queues;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Text;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class QueueRepository {

    private static final String COLUMNS = "id, organisation_id, name, is_default, archived, sidebar_position";
    private static final RowMapper<Queue> QUEUE = (rs, i) -> new Queue(
            rs.getObject("id", UUID.class),
            rs.getObject("organisation_id", UUID.class),
            rs.getString("name"),
            rs.getBoolean("is_default"),
            rs.getBoolean("archived"),
            rs.getInt("sidebar_position"));

    private final JdbcClient jdbc;

    QueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new queue goes last in the sidebar. Its name must be unique as {@link Text#nameKey} sees it: the unique index
     * on (organisation, name_key) refuses a second one even when two are created at once (DuplicateKeyException).
     */
    Queue insert(UUID organisationId, String name, boolean isDefault, Instant now) {
        UUID id = UUID.randomUUID();
        int position = jdbc.sql(
                        "SELECT COALESCE(MAX(sidebar_position) + 1, 0) FROM queues WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO queues (id, organisation_id, name, name_key, is_default, archived, created_at, sidebar_position)
                VALUES (:id, :org, :name, :key, :isDefault, FALSE, :now, :position)""")
                .param("id", id)
                .param("org", organisationId)
                .param("name", name)
                .param("key", Text.nameKey(name))
                .param("isDefault", isDefault)
                .param("now", toDb(now))
                .param("position", position)
                .update();
        return new Queue(id, organisationId, name, isDefault, false, position);
    }

    /** Locks the queue's row: changes to one queue (archive, move, members) queue up behind each other. */
    Optional<Queue> findForUpdate(UUID organisationId, UUID id) {
        jdbc.sql("SELECT id FROM queues WHERE organisation_id = :org AND id = :id FOR UPDATE")
                .param("org", organisationId)
                .param("id", id)
                .query(UUID.class)
                .optional();
        return find(organisationId, id);
    }

    /** Locks all the organisation's queue rows (reordering), in id order. */
    List<UUID> lockAll(UUID organisationId) {
        return jdbc.sql("SELECT id FROM queues WHERE organisation_id = :org ORDER BY id FOR UPDATE")
                .param("org", organisationId)
                .query(UUID.class)
                .list();
    }

    void setPosition(UUID organisationId, UUID id, int position) {
        jdbc.sql("UPDATE queues SET sidebar_position = :position WHERE organisation_id = :org AND id = :id")
                .param("position", position)
                .param("org", organisationId)
                .param("id", id)
                .update();
    }

    List<UUID> memberIds(UUID organisationId, UUID queueId) {
        return jdbc.sql("SELECT user_id FROM queue_members WHERE organisation_id = :org AND queue_id = :queue")
                .param("org", organisationId)
                .param("queue", queueId)
                .query(UUID.class)
                .list();
    }

    List<UUID> queueIdsOf(UUID organisationId, UUID userId) {
        return jdbc.sql("SELECT queue_id FROM queue_members WHERE organisation_id = :org AND user_id = :user")
                .param("org", organisationId)
                .param("user", userId)
                .query(UUID.class)
                .list();
    }

    void replaceMembers(UUID organisationId, UUID queueId, java.util.Collection<UUID> userIds, Instant now) {
        jdbc.sql("DELETE FROM queue_members WHERE organisation_id = :org AND queue_id = :queue")
                .param("org", organisationId)
                .param("queue", queueId)
                .update();
        for (UUID userId : userIds) {
            jdbc.sql("""
                    INSERT INTO queue_members (queue_id, user_id, organisation_id, added_at)
                    VALUES (:queue, :user, :org, :now)""")
                    .param("queue", queueId)
                    .param("user", userId)
                    .param("org", organisationId)
                    .param("now", toDb(now))
                    .update();
        }
    }

    Optional<Queue> find(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM queues WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(QUEUE)
                .optional();
    }

    Optional<Queue> findDefault(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM queues WHERE organisation_id = :org AND is_default")
                .param("org", organisationId)
                .query(QUEUE)
                .optional();
    }

    List<Queue> findAll(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM queues WHERE organisation_id = :org"
                        + " ORDER BY archived, sidebar_position, LOWER(name), id")
                .param("org", organisationId)
                .query(QUEUE)
                .list();
    }

    List<Queue> findAll(UUID organisationId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM queues WHERE organisation_id = :org AND id IN (:ids)")
                .param("org", organisationId)
                .param("ids", ids)
                .query(QUEUE)
                .list();
    }

    void rename(UUID id, String name) {
        jdbc.sql("UPDATE queues SET name = :name, name_key = :key WHERE id = :id")
                .param("name", name)
                .param("key", Text.nameKey(name))
                .param("id", id)
                .update();
    }

    void setArchived(UUID id, boolean archived) {
        jdbc.sql("UPDATE queues SET archived = :archived WHERE id = :id")
                .param("archived", archived)
                .param("id", id)
                .update();
    }

    /** Two statements, old default off first, so the one-default index never sees two at once. */
    void makeDefault(UUID organisationId, UUID id) {
        jdbc.sql("UPDATE queues SET is_default = FALSE WHERE organisation_id = :org AND is_default")
                .param("org", organisationId)
                .update();
        jdbc.sql("UPDATE queues SET is_default = TRUE WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .update();
    }
}
