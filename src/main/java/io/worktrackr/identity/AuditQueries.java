package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.fromDb;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.PageLimits;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organisation's audit trail, newest first, a keyset page at a time (admins only). */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    /** One entry; {@code details} is the JSON object as written. */
    public record Entry(UUID id, Instant at, Person actor, String action, String summary, String details) {}

    public record Page(List<Entry> items, @Nullable String nextCursor) {}

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page page(Actor actor, @Nullable String cursor, @Nullable Integer limit) {
        actor.requireAdmin();
        int size = PageLimits.size(limit);
        long before = parseCursor(cursor);
        List<Row> rows = jdbc.sql("""
                SELECT a.id, a.seq, a.occurred_at, a.action, a.summary, a.details, u.id AS actor_id, u.name, u.email
                FROM audit_log a JOIN users u ON u.id = a.actor_id
                WHERE a.organisation_id = :org AND a.seq < :before
                ORDER BY a.seq DESC
                LIMIT :limit""")
                .param("org", actor.organisationId())
                .param("before", before)
                .param("limit", size + 1)
                .query((rs, i) -> new Row(
                        rs.getLong("seq"),
                        new Entry(
                                rs.getObject("id", UUID.class),
                                fromDb(rs, "occurred_at"),
                                new Person(
                                        rs.getObject("actor_id", UUID.class),
                                        rs.getString("name"),
                                        rs.getString("email")),
                                rs.getString("action"),
                                rs.getString("summary"),
                                rs.getString("details"))))
                .list();
        boolean more = rows.size() > size;
        List<Row> page = more ? rows.subList(0, size) : rows;
        return new Page(
                page.stream().map(Row::entry).toList(),
                more ? Long.toString(page.get(page.size() - 1).seq()) : null);
    }

    private record Row(long seq, Entry entry) {}

    private static long parseCursor(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new InvalidInput("cursor", "is not a cursor of this list");
        }
    }
}
