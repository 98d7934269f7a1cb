package io.worktrackr.attachments;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores attachment records; every query is scoped by organisation. */
@Repository
class AttachmentRepository {

    private static final String COLUMNS = "id, organisation_id, ticket_id, comment_id, uploaded_by, filename, "
            + "content_type, size_bytes, sha256, storage_key, created_at";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("ticket_id", UUID.class),
                rs.getObject("comment_id", UUID.class),
                rs.getObject("uploaded_by", UUID.class),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("storage_key"),
                fromDb(rs, "created_at"));
    }

    /** {@code commentSlot} is the file's place among its comment's files (1…limit), null for a ticket's own file. */
    void insert(Attachment a, Integer commentSlot) {
        jdbc.sql("""
                INSERT INTO attachments (id, organisation_id, ticket_id, comment_id, comment_slot, uploaded_by, filename,
                                         content_type, size_bytes, sha256, storage_key, created_at)
                VALUES (:id, :org, :ticket, :comment, :slot, :by, :filename, :type, :size, :sha256, :key, :at)""")
                .param("id", a.id())
                .param("org", a.organisationId())
                .param("ticket", a.ticketId())
                .param("comment", a.commentId())
                .param("slot", commentSlot)
                .param("by", a.uploadedBy())
                .param("filename", a.filename())
                .param("type", a.contentType())
                .param("size", a.size())
                .param("sha256", a.sha256())
                .param("key", a.storageKey())
                .param("at", toDb(a.createdAt()))
                .update();
    }

    Optional<Attachment> find(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachments WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(AttachmentRepository::map)
                .optional();
    }

    /** A ticket's files (its own and its comments'), oldest first. */
    List<Attachment> list(UUID organisationId, UUID ticketId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM attachments WHERE organisation_id = :org AND ticket_id = :ticket ORDER BY seq")
                .param("org", organisationId)
                .param("ticket", ticketId)
                .query(AttachmentRepository::map)
                .list();
    }

    int countForComment(UUID organisationId, UUID commentId) {
        return jdbc.sql("SELECT COUNT(*) FROM attachments WHERE organisation_id = :org AND comment_id = :comment")
                .param("org", organisationId)
                .param("comment", commentId)
                .query(Integer.class)
                .single();
    }
}
