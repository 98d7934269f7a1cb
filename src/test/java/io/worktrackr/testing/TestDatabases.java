package io.worktrackr.testing;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database a test run uses: the embedded H2 (default) or a real PostgreSQL, chosen by the system
 * property {@code worktrackr.test.database} (Maven runs the integration tests once with each). PostgreSQL is the
 * server at {@code worktrackr.test.pg.url} when that is set (CI: the system PostgreSQL), otherwise an embedded
 * one ({@link EmbeddedPostgresServer}). It is required when chosen: an unreachable server fails the run, it
 * never skips.
 */
public final class TestDatabases {

    private static final String H2_NAME = "wt-" + UUID.randomUUID();

    private TestDatabases() {}

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("worktrackr.test.database", "h2"));
    }

    /**
     * The external test server: {@code -Dworktrackr.test.pg.url=…}, else the environment variable
     * {@code WORKTRACKR_TEST_PG_URL} (how CI points the README's plain {@code ./mvnw verify} at its server), else none.
     */
    private static String externalPostgresUrl() {
        String property = System.getProperty("worktrackr.test.pg.url", "");
        if (!property.isBlank()) {
            return property;
        }
        String env = System.getenv("WORKTRACKR_TEST_PG_URL");
        return env == null ? "" : env;
    }

    /** Where a test reaches PostgreSQL. */
    public record Connection(String url, String user, String password) {}

    /**
     * The test PostgreSQL, also for a test that needs PostgreSQL in the H2 run: the external server when given,
     * else the embedded one (started on first use).
     */
    public static Connection postgres() {
        String url = externalPostgresUrl();
        if (url.isBlank()) {
            // no external server given: a real PostgreSQL of our own, started once per JVM
            return new Connection(EmbeddedPostgresServer.jdbcUrl(), EmbeddedPostgresServer.USER, "");
        }
        return new Connection(
                url,
                System.getProperty("worktrackr.test.pg.user", "worktrackr"),
                System.getProperty("worktrackr.test.pg.password", "worktrackr"));
    }

    public static void configure(DynamicPropertyRegistry registry) {
        if (isPostgres()) {
            registry.add("spring.datasource.url", () -> postgres().url());
            registry.add("spring.datasource.username", () -> postgres().user());
            registry.add("spring.datasource.password", () -> postgres().password());
        } else {
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:mem:" + H2_NAME
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
        registry.add("worktrackr.demo.enabled", () -> "false");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
        // Spring keeps every test context it has built (and its pool) until the run ends: idle pools shrink to one
        // connection, so a dozen cached contexts do not use up the server's 100 connections
        if (isPostgres()) {
            // (PostgreSQL only: on the in-memory H2 database, retiring idle connections 10 s after start closed the
            // database under load — "The database has been closed [90098]" — and failed every later test)
            registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
            registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
        }
    }
}
