package io.worktrackr.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import io.worktrackr.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * The application cannot rewrite the trails. On PostgreSQL the migrations run as the owner and the application as
 * a role of its own, which db/vendor/postgresql/afterMigrate__application_role.sql grants only INSERT and SELECT on
 * the trails: a node connected as that role works (sign-up, tickets, changes, comments, verification) and the role
 * can neither UPDATE, DELETE nor TRUNCATE the trail nor lift its trigger. The embedded H2 database has one user;
 * there the closest equivalent holds: triggers refuse UPDATE and DELETE, and TRUNCATE is refused too.
 *
 * <p>The application role is {@code worktrackr.test.pg.app-user} (default {@code worktrackr_app}, password
 * {@code worktrackr.test.pg.app-password}, default the same): CI creates it next to the owner role (.ci/run); on a
 * server where the test's owner role may create roles (the embedded PostgreSQL) the test creates it.
 */
class ApplicationRoleIntegrationTests extends IntegrationTest {

    private static final String APP_ROLE = System.getProperty("worktrackr.test.pg.app-user", "worktrackr_app");
    private static final String APP_PASSWORD = System.getProperty("worktrackr.test.pg.app-password", APP_ROLE);

    /** PostgreSQL's "insufficient privilege" (also "must be owner of table"). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    ActivityCheckpoints checkpoints;

    @Test
    void theApplicationCannotUpdateDeleteTruncateOrUnguardTheTrail() throws Exception {
        if (!TestDatabases.isPostgres()) {
            theEmbeddedDatabaseRefusesTruncateUpdateAndDelete();
            return;
        }
        TestDatabases.Connection owner = TestDatabases.postgres();
        ensureApplicationRole(owner);
        ConfigurableApplicationContext node = node(owner);
        try {
            int nodePort = Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
            Org org = new Fixtures(nodePort).organisation();
            String path = "/api/tickets/" + Json.string(org.ticket("Run as the application role"), "$.id");
            assertThat(org.admin.api().patch(path, Map.of("status", "pending")).status())
                    .isEqualTo(200);
            assertThat(org.admin
                            .api()
                            .post(path + "/comments", Map.of("body", "Still works", "visibility", "public"))
                            .status())
                    .isEqualTo(201);
            Api.Response verified = org.admin.api().get("/api/activity/verify");
            assertThat(verified.bool("$.ok")).as(verified.toString()).isTrue();
            assertThat(verified.number("$.entries")).isEqualTo(3);
        } finally {
            node.close();
        }

        try (Connection app = DriverManager.getConnection(owner.url(), APP_ROLE, APP_PASSWORD)) {
            assertThat(currentUser(app)).isEqualTo(APP_ROLE);
            for (String statement : List.of(
                    "UPDATE activity_log SET action = 'forged'",
                    "DELETE FROM activity_log",
                    "TRUNCATE activity_log",
                    "ALTER TABLE activity_log DISABLE TRIGGER activity_log_no_update_or_delete",
                    "ALTER TABLE activity_log DISABLE TRIGGER ALL",
                    "DROP TRIGGER activity_log_no_update_or_delete ON activity_log",
                    "UPDATE activity_checkpoints SET root = 'forged'",
                    "DELETE FROM activity_checkpoint_heads",
                    "TRUNCATE activity_checkpoints CASCADE",
                    "UPDATE audit_log SET organisation_id = organisation_id",
                    "TRUNCATE audit_log",
                    "DELETE FROM flyway_schema_history")) {
                assertThatThrownBy(() -> {
                            try (Statement s = app.createStatement()) {
                                s.execute(statement);
                            }
                        })
                        .as(statement)
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).as(statement).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
            try (Statement s = app.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*) FROM activity_log")) {
                assertThat(rs.next()).as("the role reads the trail").isTrue();
            }
        }
    }

    private void theEmbeddedDatabaseRefusesTruncateUpdateAndDelete() {
        Org org = fixtures.organisation();
        UUID ticket = UUID.fromString(Json.string(org.ticket("Embedded"), "$.id"));
        // row triggers fire only for rows: make sure there are checkpoint rows to refuse changing
        checkpoints.checkpoint();
        for (String statement : List.of(
                "TRUNCATE TABLE activity_log",
                "TRUNCATE TABLE activity_checkpoints",
                "TRUNCATE TABLE activity_checkpoint_heads",
                "TRUNCATE TABLE audit_log",
                "UPDATE activity_log SET action = 'forged'",
                "DELETE FROM activity_log",
                "UPDATE activity_checkpoints SET root = 'forged'",
                "DELETE FROM activity_checkpoint_heads")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE ticket_id = :t")
                        .param("t", ticket)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static void ensureApplicationRole(TestDatabases.Connection owner) throws SQLException {
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
                Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            try {
                s.execute("CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            } catch (SQLException e) {
                fail(
                        "The test needs a second PostgreSQL role for the application, and " + owner.user()
                                + " may not create one. Create it once as a superuser: CREATE ROLE " + APP_ROLE
                                + " LOGIN PASSWORD '" + APP_PASSWORD + "' (.ci/run does).",
                        e);
            }
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A node that migrates as the owner and connects as the application role. */
    private static ConfigurableApplicationContext node(TestDatabases.Connection owner) {
        return new SpringApplicationBuilder(WorktrackrApplication.class)
                .run(
                        "--server.port=0",
                        "--worktrackr.demo.enabled=false",
                        "--worktrackr.tickets.tally-fold-interval=1h",
                        "--worktrackr.sla.scan-interval=1h",
                        "--worktrackr.sla.recompute-interval=1h",
                        "--worktrackr.attachments.directory=" + ATTACHMENTS_DIRECTORY,
                        "--worktrackr.identity.sign-in-throttle.per-client.free-attempts=1000000",
                        "--worktrackr.identity.sign-in-throttle.per-client.max-attempts=1000000",
                        "--worktrackr.identity.password-reset-throttle.sign-ups-per-client=1000000",
                        "--spring.datasource.url=" + owner.url(),
                        "--spring.datasource.username=" + APP_ROLE,
                        "--spring.datasource.password=" + APP_PASSWORD,
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.flyway.user=" + owner.user(),
                        "--spring.flyway.password=" + owner.password());
    }
}
