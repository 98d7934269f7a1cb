package io.worktrackr.tickets;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.InvalidInput;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The orders a ticket list can take. Each has a SQL key and the same key from a ticket (for the cursor);
 * ties are broken by id so that keyset paging is stable.
 */
enum TicketSort {
    UPDATED("t.updated_at", t -> t.updatedAt().toString()),
    CREATED("t.created_at", t -> t.createdAt().toString()),
    NUMBER("t.number", t -> Long.toString(t.number())),
    PRIORITY(
            rank("t.priority", Priority.values()),
            t -> Integer.toString(t.priority().ordinal())),
    STATUS(
            rank("t.status", TicketStatus.values()),
            t -> Integer.toString(t.status().ordinal())),
    TITLE("t.title", Ticket::title);

    private final String sqlKey;
    private final Function<Ticket, String> cursorKey;

    TicketSort(String sqlKey, Function<Ticket, String> cursorKey) {
        this.sqlKey = sqlKey;
        this.cursorKey = cursorKey;
    }

    String sqlKey() {
        return sqlKey;
    }

    String cursorKey(Ticket ticket) {
        return cursorKey.apply(ticket);
    }

    /** The cursor's key as a typed SQL parameter. */
    Object sqlValue(String key) {
        return switch (this) {
            case UPDATED, CREATED -> toDb(Instant.parse(key));
            case NUMBER -> Long.parseLong(key);
            case PRIORITY, STATUS -> Integer.parseInt(key);
            case TITLE -> key;
        };
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code updated}, {@code -updated}, …: a leading minus sorts descending. */
    record Order(TicketSort sort, boolean descending) {

        static final Order DEFAULT = new Order(UPDATED, true);

        static Order parse(String value) {
            if (value == null || value.isBlank()) {
                return DEFAULT;
            }
            boolean descending = value.startsWith("-");
            String name = descending ? value.substring(1) : value;
            return Arrays.stream(values())
                    .filter(s -> s.code().equals(name))
                    .findFirst()
                    .map(s -> new Order(s, descending))
                    .orElseThrow(() -> new InvalidInput(
                            "sort",
                            "must be one of "
                                    + Arrays.stream(values())
                                            .map(TicketSort::code)
                                            .collect(Collectors.joining(", "))
                                    + ", optionally prefixed with - for descending"));
        }

        String code() {
            return (descending ? "-" : "") + sort.code();
        }
    }

    private static String rank(String column, Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> "WHEN '" + v.name().toLowerCase(Locale.ROOT) + "' THEN " + v.ordinal())
                .collect(Collectors.joining(" ", "(CASE " + column + " ", " END)"));
    }
}
