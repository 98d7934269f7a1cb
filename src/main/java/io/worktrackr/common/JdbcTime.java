package io.worktrackr.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE}, identically on PostgreSQL and H2 (the PostgreSQL
 * driver does not bind {@link Instant}, and H2 returns values in their original offset).
 */
public final class JdbcTime {

    private JdbcTime() {}

    /**
     * Now, at the precision both databases store (microseconds; truncated here, where a database would round), so
     * what a use case answers from memory equals what a later read returns.
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static @Nullable OffsetDateTime toDb(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static @Nullable Instant fromDb(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
