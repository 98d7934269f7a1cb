package io.worktrackr.queues;

import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class QueueRepository {

    private static final String COLUMNS = "id, organisation_id, name, is_default, archived";
    private static final RowMapper<Queue> QUEUE = (rs, i) -> new Queue(
            rs.getObject("id", UUID.class),
            rs.getObject("organisation_id", UUID.class),
            rs.getString("name"),
            rs.getBoolean("is_default"),
            rs.getBoolean("archived"));

    private final JdbcClient jdbc;

    QueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Queue insert(UUID organisationId, String name, boolean isDefault, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO queues (id, organisation_id, name, is_default, archived, created_at)
                VALUES (:id, :org, :name, :isDefault, FALSE, :now)""")
                .param("id", id)
                .param("org", organisationId)
                .param("name", name)
                .param("isDefault", isDefault)
                .param("now", toDb(now))
                .update();
        return new Queue(id, organisationId, name, isDefault, false);
    }

    Optional<Queue> find(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM queues WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(QUEUE)
                .optional();
    }

    Optional<Queue> findByName(UUID organisationId, String name) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM queues WHERE organisation_id = :org AND LOWER(name) = LOWER(:name)")
                .param("org", organisationId)
                .param("name", name)
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
                        + " FROM queues WHERE organisation_id = :org ORDER BY archived, LOWER(name), id")
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
        jdbc.sql("UPDATE queues SET name = :name WHERE id = :id")
                .param("name", name)
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
