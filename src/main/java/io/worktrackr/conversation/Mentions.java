package io.worktrackr.conversation;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.NotFound;
import io.worktrackr.common.PageLimits;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.tickets.TicketQueries;
import io.worktrackr.tickets.TicketSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the caller was mentioned, in their current organisation, newest first; and marking one as read.
 * Mentions of oneself are not listed. The notifications module will deliver them; this is the inbox.
 */
@Service
public class Mentions {

    /** One mention of the caller, with the ticket it is on. */
    public record Mention(
            UUID id,
            TicketSummary ticket,
            UUID commentId,
            String visibility,
            @Nullable Person author,
            @Nullable AutomationAuthor automation,
            Instant at,
            @Nullable Instant readAt) {}

    private record Row(
            UUID id,
            UUID commentId,
            UUID ticketId,
            @Nullable UUID authorId,
            @Nullable AutomationAuthor automation,
            String visibility,
            Instant at,
            Instant readAt) {}

    private final JdbcClient jdbc;
    private final TicketQueries tickets;
    private final UserDirectory users;
    private final Clock clock;

    Mentions(JdbcClient jdbc, TicketQueries tickets, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Mention> list(Actor actor, boolean unreadOnly, @Nullable Integer limit) {
        int size = PageLimits.size(limit);
        List<Row> rows = jdbc.sql("""
                SELECT m.id, m.comment_id, m.created_at, m.read_at, c.ticket_id, c.author_id, c.automation_rule_id,
                       c.automation_rule_name, c.visibility
                FROM mentions m JOIN comments c ON c.id = m.comment_id
                WHERE m.user_id = :me AND m.organisation_id = :org AND (c.author_id IS NULL OR c.author_id <> :me)
                  AND c.redacted_at IS NULL
                """ + (unreadOnly ? " AND m.read_at IS NULL" : "") + """
                 ORDER BY m.created_at DESC, m.id DESC
                LIMIT :limit""")
                .param("me", actor.userId())
                .param("org", actor.organisationId())
                .param("limit", size)
                .query((rs, i) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("comment_id", UUID.class),
                        rs.getObject("ticket_id", UUID.class),
                        rs.getObject("author_id", UUID.class),
                        rs.getObject("automation_rule_id", UUID.class) == null
                                ? null
                                : new AutomationAuthor(
                                        rs.getObject("automation_rule_id", UUID.class),
                                        rs.getString("automation_rule_name")),
                        rs.getString("visibility"),
                        fromDb(rs, "created_at"),
                        fromDb(rs, "read_at")))
                .list();
        Map<UUID, TicketSummary> ticketsById =
                tickets
                        .summaries(
                                actor,
                                rows.stream().map(Row::ticketId).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(TicketSummary::id, Function.identity()));
        Map<UUID, Person> people = users.people(
                rows.stream().map(Row::authorId).filter(Objects::nonNull).toList());
        return rows.stream()
                .filter(r -> ticketsById.containsKey(r.ticketId()))
                .map(r -> {
                    return new Mention(
                            r.id(),
                            ticketsById.get(r.ticketId()),
                            r.commentId(),
                            r.visibility(),
                            r.authorId() == null ? null : people.get(r.authorId()),
                            r.automation(),
                            r.at(),
                            r.readAt());
                })
                .toList();
    }

    /** Marks one of the caller's mentions as read; marking it again changes nothing. */
    @Transactional
    public void markRead(Actor actor, UUID mentionId) {
        int updated = jdbc.sql("""
                UPDATE mentions SET read_at = :now
                WHERE id = :id AND user_id = :me AND organisation_id = :org AND read_at IS NULL""")
                .param("now", toDb(clock.instant()))
                .param("id", mentionId)
                .param("me", actor.userId())
                .param("org", actor.organisationId())
                .update();
        if (updated == 0
                && jdbc.sql("SELECT COUNT(*) FROM mentions WHERE id = :id AND user_id = :me AND organisation_id = :org")
                                .param("id", mentionId)
                                .param("me", actor.userId())
                                .param("org", actor.organisationId())
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new NotFound("Mention " + mentionId);
        }
    }
}
