package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each sort's SQL key is the expression its index was built on (db/vendor/postgresql/V035): if TicketSort's CASE
 * rank and the index's drifted apart, PostgreSQL would sort a million rows again without any test noticing. The
 * planner is told to avoid sorts, so the plan reads the sort's index in order or shows a Sort. On H2 (which
 * cannot index expressions) the column sorts use their plain indexes.
 */
class TicketSortPlansIntegrationTests extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TicketQueries queries;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    /**
     * pgjdbc prepares a statement on the server after five uses, and PostgreSQL may then keep a generic plan that
     * cannot see the search words (6–9 s at a million tickets for a word nobody wrote): a text search sets
     * plan_cache_mode for its transaction, and starts no parallel workers for a page of 51. Plain lists need no
     * transaction at all.
     */
    @Test
    void aTextSearchIsPlannedForItsOwnWords() {
        var actor = new io.worktrackr.identity.Actor(
                UUID.randomUUID(), UUID.randomUUID(), io.worktrackr.identity.Role.AGENT);
        TicketFilter search = filterWithText("kumquat");

        String afterSearch = planCacheModeAfterListing(actor, search);
        String afterList = planCacheModeAfterListing(actor, filterWithText(null));

        if (TestDatabases.isPostgres()) {
            assertThat(afterSearch).isEqualTo("force_custom_plan 0");
            assertThat(afterList).startsWith("auto ");
        }
        assertThat(queries.list(actor, search, null, null, null).items()).isEmpty();
    }

    private static TicketFilter filterWithText(@org.jspecify.annotations.Nullable String text) {
        return new TicketFilter(
                TicketView.ALL,
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                null,
                text,
                java.util.Set.of());
    }

    /**
     * The plan_cache_mode and max_parallel_workers_per_gather a list leaves behind in the transaction it is called
     * in (PostgreSQL; "n/a" on H2).
     */
    private String planCacheModeAfterListing(io.worktrackr.identity.Actor actor, TicketFilter filter) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(status -> {
            queries.list(actor, filter, null, null, null);
            return jdbc.sql(
                            TestDatabases.isPostgres()
                                    ? "SELECT current_setting('plan_cache_mode') || ' '"
                                            + " || current_setting('max_parallel_workers_per_gather')"
                                    : "SELECT 'n/a'")
                    .query(String.class)
                    .single();
        });
    }

    @Test
    void everySortReadsItsIndexInOrder() throws SQLException {
        for (TicketSort sort : TicketSort.values()) {
            for (String direction : new String[] {"ASC", "DESC"}) {
                String select = "SELECT t.id FROM tickets t WHERE t.organisation_id = '" + UUID.randomUUID()
                        + "' ORDER BY " + sort.sqlKey() + " " + direction + ", t.id " + direction + " LIMIT 51";
                if (TestDatabases.isPostgres()) {
                    assertThat(postgresqlPlan(select))
                            .as(select)
                            .contains("tickets_sorted_by_" + sort.code())
                            .doesNotContain("Sort");
                } else if (sort == TicketSort.TITLE
                        || sort == TicketSort.CREATED
                        || sort == TicketSort.ASSIGNEE
                        || sort == TicketSort.QUEUE) {
                    assertThat(h2Plan(select).toLowerCase(java.util.Locale.ROOT))
                            .as(select)
                            .contains("tickets_sorted_by_" + sort.code());
                }
            }
        }
    }

    /**
     * The at-risk and breached views' default order (nearest due first) is a plain due key that the partial index
     * of active tickets with a due instant serves in order, from the first page and after a cursor: the planner
     * must see that the view's condition implies the index's predicate, or the list reads every at-risk and
     * breached ticket to sort them (bench/results/2026-12-01-sla-under-load.md).
     */
    @Test
    void theSlaViewsDefaultOrderReadsThePartialDueIndexInOrder() throws SQLException {
        for (TicketView view : new TicketView[] {TicketView.AT_RISK, TicketView.BREACHED}) {
            TicketSort.Order order = TicketSort.Order.parse(null, view);
            TicketFilter filter = new TicketFilter(view, null, null, null, null, null);
            String key = order.sort().sqlKey(filter);
            String now = "TIMESTAMP WITH TIME ZONE '2026-06-01 10:00:00+00'";
            String where = "t.organisation_id = '" + UUID.randomUUID() + "' AND "
                    + view.sqlCondition().replace(":now", now);
            for (String cursor :
                    new String[] {"", " AND (" + key + ", t.id) > (" + now + ", '" + UUID.randomUUID() + "')"}) {
                String select = "SELECT t.id FROM tickets t WHERE " + where + cursor + " ORDER BY " + key
                        + " ASC, t.id ASC LIMIT 51";
                assertThat(order.code()).isEqualTo("due");
                if (TestDatabases.isPostgres()) {
                    assertThat(postgresqlPlan(select))
                            .as(select)
                            .contains("tickets_active_by_sla_due")
                            .doesNotContain("Sort");
                } else {
                    assertThat(h2Plan(select).toLowerCase(java.util.Locale.ROOT).replace("\"", ""))
                            .contains("order by t.sla_due_at");
                }
            }
        }
    }

    /**
     * The tickets whose SLA standing time has overtaken ({@link SlaStanding#CROSSINGS}) are read on every count and
     * by the standing job: each must be a range over its own partial index, which holds one standing's active
     * tickets, so it costs what crossed since the job last ran and not the organisation's clocked tickets.
     */
    @Test
    void everySlaCrossingIsARangeOverItsPartialIndex() throws SQLException {
        String now = "TIMESTAMP WITH TIME ZONE '2026-06-01 10:00:00+00'";
        // an organisation with thousands of active tickets, none of them crossing (planned in a transaction that
        // writes and analyses them and is rolled back): for one with a handful, reading all of them through any
        // index that leads with the organisation costs as little, and the planner may rightly choose either
        UUID busy = TestDatabases.isPostgres() ? fixtures.organisation().id : UUID.randomUUID();
        for (SlaStanding.Crossing crossing : SlaStanding.CROSSINGS) {
            String condition = crossing.sql()
                    .replace(":now", now)
                    .replace(":dawn", "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'")
                    .replace(":dusk", "TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00'");
            String counts = "SELECT t.status, t.queue_id, t.assignee_id FROM tickets t WHERE t.organisation_id = '"
                    + busy + "' AND " + condition;
            String job = "SELECT t.id FROM tickets t WHERE " + condition + " ORDER BY " + crossing.instant()
                    + " LIMIT 500 FOR UPDATE SKIP LOCKED";
            for (String select : new String[] {counts, job}) {
                if (TestDatabases.isPostgres()) {
                    assertThat(postgresqlPlanWithActiveTickets(select, busy, 5_000))
                            .as(select)
                            .contains(crossing.index())
                            .doesNotContain("Sort");
                } else {
                    assertThat(h2Plan(select)).as(select).isNotBlank();
                }
            }
        }
    }

    private String postgresqlPlan(String select) throws SQLException {
        return postgresqlPlanAfter(select);
    }

    /** The plan of {@code select} while {@code organisationId} holds {@code count} more open tickets (rolled back). */
    private String postgresqlPlanWithActiveTickets(String select, UUID organisationId, int count) throws SQLException {
        return postgresqlPlanAfter(select, """
                INSERT INTO tickets (id, organisation_id, number, queue_id, created_by, title, description, status,
                                     priority, version, created_at, updated_at, status_since, assignee_since,
                                     assignee_sort_key, queue_sort_key, sla_standing)
                SELECT gen_random_uuid(), o.id, 1000000 + g, q.id, m.user_id, 'Busy', '', 'open', 'medium', 0,
                       now(), now(), now(), now(), '', '', 'ok'
                FROM organisations o
                JOIN queues q ON q.organisation_id = o.id
                JOIN memberships m ON m.organisation_id = o.id
                CROSS JOIN generate_series(1, %d) g
                WHERE o.id = '%s'
                  AND q.id = (SELECT min(id::text)::uuid FROM queues WHERE organisation_id = o.id)
                  AND m.user_id = (SELECT min(user_id::text)::uuid FROM memberships WHERE organisation_id = o.id)""".formatted(count, organisationId), "ANALYZE tickets");
    }

    /** The plan of {@code select}, sorts, sequential and bitmap scans avoided, after {@code setUp} (rolled back). */
    private String postgresqlPlanAfter(String select, String... setUp) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : setUp) {
                    statement.execute(sql);
                }
                statement.execute("SET LOCAL enable_sort = off");
                statement.execute("SET LOCAL enable_seqscan = off");
                statement.execute("SET LOCAL enable_bitmapscan = off");
                return plan(statement, "EXPLAIN " + select);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private String h2Plan(String select) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return plan(statement, "EXPLAIN " + select);
        }
    }

    private static String plan(Statement statement, String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery(explain)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
