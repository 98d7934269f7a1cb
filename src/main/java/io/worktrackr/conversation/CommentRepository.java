package io.worktrackr.conversation;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores comments, their revisions and their mentions. Every comment query is scoped by organisation and ticket. */
@Repository
class CommentRepository {

    record Revision(String body, Instant writtenAt, Instant replacedAt) {}

    private static final String COLUMNS = "id, organisation_id, ticket_id, author_id, automation_rule_id, "
            + "automation_rule_name, visibility, body, created_at, edited_at, redacted_at, redacted_by";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Comment map(ResultSet rs, int row) throws SQLException {
        return new Comment(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("ticket_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getObject("automation_rule_id", UUID.class) == null
                        ? null
                        : new AutomationAuthor(
                                rs.getObject("automation_rule_id", UUID.class), rs.getString("automation_rule_name")),
                Visibility.fromCode(rs.getString("visibility")),
                rs.getString("body"),
                fromDb(rs, "created_at"),
                fromDb(rs, "edited_at"),
                fromDb(rs, "redacted_at"),
                rs.getObject("redacted_by", UUID.class));
    }

    void insert(Comment c) {
        jdbc.sql("""
                INSERT INTO comments (id, organisation_id, ticket_id, author_id, automation_rule_id, automation_rule_name,
                                      visibility, body, created_at)
                VALUES (:id, :org, :ticket, :author, :ruleId, :ruleName, :visibility, :body, :createdAt)""")
                .param("id", c.id())
                .param("org", c.organisationId())
                .param("ticket", c.ticketId())
                .param("author", c.authorId())
                .param("ruleId", c.automation() == null ? null : c.automation().ruleId())
                .param(
                        "ruleName",
                        c.automation() == null ? null : c.automation().ruleName())
                .param("visibility", c.visibility().code())
                .param("body", c.body())
                .param("createdAt", toDb(c.createdAt()))
                .update();
    }

    Optional<Comment> find(UUID organisationId, UUID ticketId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM comments WHERE organisation_id = :org AND ticket_id = :ticket AND id = :id")
                .param("org", organisationId)
                .param("ticket", ticketId)
                .param("id", id)
                .query(CommentRepository::map)
                .optional();
    }

    /** The comment with its row locked, so an edit and a redaction of it cannot interleave. */
    Optional<Comment> findForUpdate(UUID organisationId, UUID ticketId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comments "
                        + "WHERE organisation_id = :org AND ticket_id = :ticket AND id = :id FOR UPDATE")
                .param("org", organisationId)
                .param("ticket", ticketId)
                .param("id", id)
                .query(CommentRepository::map)
                .optional();
    }

    /** A ticket's comments, oldest first. */
    List<Comment> list(UUID organisationId, UUID ticketId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM comments WHERE organisation_id = :org AND ticket_id = :ticket ORDER BY seq")
                .param("org", organisationId)
                .param("ticket", ticketId)
                .query(CommentRepository::map)
                .list();
    }

    /** Keeps the current text as a revision and replaces it. */
    void edit(Comment c, String body, Instant now) {
        jdbc.sql("""
                INSERT INTO comment_revisions (id, comment_id, body, written_at, replaced_at)
                VALUES (:id, :comment, :body, :writtenAt, :replacedAt)""")
                .param("id", Ids.timeOrdered())
                .param("comment", c.id())
                .param("body", c.body())
                .param("writtenAt", toDb(c.writtenAt()))
                .param("replacedAt", toDb(now))
                .update();
        jdbc.sql("UPDATE comments SET body = :body, edited_at = :now WHERE id = :id AND organisation_id = :org")
                .param("body", body)
                .param("now", toDb(now))
                .param("id", c.id())
                .param("org", c.organisationId())
                .update();
    }

    /** Blanks the text of the comment and of every earlier revision, and records who did it and when. */
    void redact(Comment c, UUID by, Instant now) {
        jdbc.sql("UPDATE comment_revisions SET body = '' WHERE comment_id = :id")
                .param("id", c.id())
                .update();
        jdbc.sql("""
                UPDATE comments SET body = '', redacted_at = :now, redacted_by = :by
                WHERE id = :id AND organisation_id = :org""")
                .param("now", toDb(now))
                .param("by", by)
                .param("id", c.id())
                .param("org", c.organisationId())
                .update();
    }

    /** Earlier texts of a comment, oldest first. */
    List<Revision> revisions(UUID commentId) {
        return jdbc.sql(
                        "SELECT body, written_at, replaced_at FROM comment_revisions WHERE comment_id = :id ORDER BY seq")
                .param("id", commentId)
                .query((rs, i) ->
                        new Revision(rs.getString("body"), fromDb(rs, "written_at"), fromDb(rs, "replaced_at")))
                .list();
    }

    /** Records the mentions a comment does not have yet; answers the people newly mentioned. */
    Set<UUID> addMentions(Comment c, Collection<UUID> userIds, Instant now) {
        Set<UUID> added = new HashSet<>();
        for (UUID userId : userIds) {
            int inserted = jdbc.sql("""
                    INSERT INTO mentions (id, organisation_id, comment_id, user_id, created_at)
                    VALUES (:id, :org, :comment, :user, :now)
                    ON CONFLICT DO NOTHING""")
                    .param("id", Ids.timeOrdered())
                    .param("org", c.organisationId())
                    .param("comment", c.id())
                    .param("user", userId)
                    .param("now", toDb(now))
                    .update();
            if (inserted == 1) {
                added.add(userId);
            }
        }
        return added;
    }

    /** Who each of these comments mentions, in one query. */
    Map<UUID, Set<UUID>> mentioned(Collection<UUID> commentIds) {
        Map<UUID, Set<UUID>> byComment = new HashMap<>();
        if (commentIds.isEmpty()) {
            return byComment;
        }
        jdbc.sql("SELECT comment_id, user_id FROM mentions WHERE comment_id IN (:ids)")
                .param("ids", commentIds)
                .query(rs -> {
                    byComment
                            .computeIfAbsent(rs.getObject("comment_id", UUID.class), k -> new HashSet<>())
                            .add(rs.getObject("user_id", UUID.class));
                });
        return byComment;
    }
}
