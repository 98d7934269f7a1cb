package io.worktrackr.tickets;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.InvalidInput;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
    TITLE("t.title", Ticket::title),
    /** Nearest due first; tickets with no running clock (no due instant) last (db/vendor/postgresql/V063). */
    DUE("COALESCE(t.sla_due_at, TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00')", t -> {
        Instant due = t.slaDueAt();
        return (due == null ? NoDue.INSTANT : due).toString();
    }),
    /**
     * By the assignee's name (case-folded), unassigned tickets first: a sort key kept on the ticket row by
     * {@link TicketRepository} (see {@link TicketSortKeys}), so it is one index in its own order like the others.
     */
    ASSIGNEE("t.assignee_sort_key", null),
    /** By the queue's name (case-folded), kept on the ticket row like {@link #ASSIGNEE}. */
    QUEUE("t.queue_sort_key", null);

    /** Where tickets without a due instant sort: the same instant as the SQL literal above. */
    private static final class NoDue {
        static final Instant INSTANT = Instant.parse("9999-12-31T00:00:00Z");
    }

    private final String sqlKey;
    private final @Nullable Function<Ticket, String> cursorKey;

    /** {@code cursorKey} null: the key is not a ticket field, the list reads it from the row (see {@link #keyFromRow}). */
    TicketSort(String sqlKey, @Nullable Function<Ticket, String> cursorKey) {
        this.sqlKey = sqlKey;
        this.cursorKey = cursorKey;
    }

    /** The key its index was built on (db/vendor/postgresql/V035, V063): the key of a list that may hold any ticket. */
    String sqlKey() {
        return sqlKey;
    }

    /**
     * The key for this list. When every ticket the filter admits has a due instant (the at-risk and breached views
     * and {@code sla=} filters), the due sort orders by the plain column: the same order and cursor keys as the
     * COALESCE key (which only moves tickets without a due instant), but one the partial index of active tickets
     * with a due instant serves (db/vendor/postgresql/V063 {@code tickets_active_by_sla_due}), so the first page
     * reads one page of that index instead of every at-risk or breached ticket.
     */
    String sqlKey(TicketFilter filter) {
        return this == DUE && filter.everyTicketHasDue() ? "t.sla_due_at" : sqlKey;
    }

    String cursorKey(Ticket ticket) {
        if (cursorKey == null) {
            throw new IllegalStateException(this + " sorts by a key the ticket does not hold: read it from the row");
        }
        return cursorKey.apply(ticket);
    }

    /** True when the cursor's key is read from the listed row's {@link #sqlKey} (a sort key kept on the row). */
    boolean keyFromRow() {
        return cursorKey == null;
    }

    /** The cursor's key as a typed SQL parameter. */
    Object sqlValue(String key) {
        return switch (this) {
            case UPDATED, CREATED, DUE -> toDb(Instant.parse(key));
            case NUMBER -> Long.parseLong(key);
            case PRIORITY, STATUS -> Integer.parseInt(key);
            case TITLE, ASSIGNEE, QUEUE -> key;
        };
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The range of ranks the list can hold, as a condition on this sort's key, or empty when it is not narrower
     * than all ranks. It says again what the view and filters say (a status sort of the active view holds ranks
     * 0–2, a priority sort filtered to high holds 2–2), but in the key's own terms: so the index scan starts and
     * stops at the range instead of walking past every closed ticket (PostgreSQL cannot see that the CASE rank
     * of 'high' is 2, and keeps an index's order only without an IN list on its later columns).
     */
    Optional<String> rankRange(TicketFilter filter) {
        Set<? extends Enum<?>> held = switch (this) {
            case PRIORITY -> filter.priorities();
            case STATUS -> {
                Set<TicketStatus> statuses = EnumSet.copyOf(filter.view().statuses());
                if (!filter.statuses().isEmpty()) {
                    statuses.retainAll(filter.statuses());
                }
                yield statuses;
            }
            default -> Set.of();
        };
        int all = this == PRIORITY ? Priority.values().length : TicketStatus.values().length;
        if (held.isEmpty() || held.size() == all) {
            return Optional.empty();
        }
        IntSummaryStatistics ranks = held.stream().mapToInt(Enum::ordinal).summaryStatistics();
        return Optional.of(sqlKey + " BETWEEN " + ranks.getMin() + " AND " + ranks.getMax());
    }

    /** {@code updated}, {@code -updated}, …: a leading minus sorts descending. */
    record Order(TicketSort sort, boolean descending) {

        /** Most recently changed first: the default of the views without a service-level condition. */
        static final Order NEWEST_CHANGE_FIRST = new Order(UPDATED, true);

        /** Nearest due first: the default of the at-risk and breached views ({@link TicketView#defaultOrder()}). */
        static final Order NEAREST_DUE_FIRST = new Order(DUE, false);

        /** The order a client asked for, or the view's default when it asked for none. */
        static Order parse(@Nullable String value, TicketView view) {
            if (value == null || value.isBlank()) {
                return view.defaultOrder();
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
