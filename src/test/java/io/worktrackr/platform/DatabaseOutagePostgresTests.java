package io.worktrackr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.CuttableTcpProxy;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away under a write load and comes back: requests answer a fast, well-formed 503 (from filters
 * too: a bearer request's token check is the first thing to need the database), readiness turns DOWN and UP
 * again, the node recovers without a restart, and every write that was acknowledged exists.
 *
 * <p>An application node reaches the test PostgreSQL through a {@link CuttableTcpProxy}; cutting the proxy is the
 * outage, as seen from that node, without stopping the server other tests share. PostgreSQL only, in every run:
 * the embedded H2 lives inside the application's own process and cannot go away on its own.
 */
class DatabaseOutagePostgresTests {

    /** The pool's bound in this test: no request waits longer than this for a connection. */
    private static final Duration CONNECTION_BOUND = Duration.ofMillis(1000);

    private static final Duration SLOWEST_ANSWER = Duration.ofSeconds(4);
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:]+):(\\d+)/");

    record Attempt(String title, int status, Duration took, Api.Response response) {}

    @Test
    void writesGetFast503sWhileTheDatabaseIsAwayAndNoAcknowledgedWriteIsLost() throws Exception {
        TestDatabases.Connection database = TestDatabases.postgres();
        Matcher hostAndPort = HOST_AND_PORT.matcher(database.url());
        assertThat(hostAndPort.find()).as(database.url()).isTrue();

        try (CuttableTcpProxy proxy =
                        new CuttableTcpProxy(hostAndPort.group(1), Integer.parseInt(hostAndPort.group(2)));
                ConfigurableApplicationContext node =
                        startNode(database, throughProxy(database.url(), hostAndPort, proxy))) {
            int port = Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
            Org org = new Fixtures(port).organisation();
            Api writer = org.admin.api();
            Api probe = Api.session(port);
            ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.submit(() -> write(writer, "outage write " + client + "-", writing, attempts));
            }
            Api.Response sessionRequestDuringOutage;
            try {
                awaitTrue("writes succeed before the outage", () -> count(attempts, 201) >= 20);
                assertThat(probe.get("/actuator/health/readiness").status()).isEqualTo(200);

                proxy.cut();
                long unavailableBefore = count(attempts, 503);
                awaitTrue("503s during the outage", () -> count(attempts, 503) >= unavailableBefore + 12);
                awaitTrue(
                        "readiness DOWN",
                        () -> probe.get("/actuator/health/readiness").status() == 503);
                sessionRequestDuringOutage = org.admin.session().get("/api/me");

                proxy.restore();
                awaitTrue(
                        "readiness UP again",
                        () -> probe.get("/actuator/health/readiness").status() == 200);
                long createdBefore = count(attempts, 201);
                awaitTrue("writes succeed again", () -> count(attempts, 201) >= createdBefore + 20);
            } finally {
                writing.set(false);
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(sessionRequestDuringOutage.status())
                    .as("a browser session's request (session filter first)")
                    .isEqualTo(503);
            List<Attempt> all = List.copyOf(attempts);
            assertThat(all).allSatisfy(attempt -> {
                assertThat(attempt.status()).as(attempt.response().toString()).isIn(201, 503);
                assertThat(attempt.took())
                        .as("answer time of " + attempt.title())
                        .isLessThan(SLOWEST_ANSWER);
            });
            assertThat(all)
                    .filteredOn(a -> a.status() == 503)
                    .hasSizeGreaterThanOrEqualTo(12)
                    .allSatisfy(attempt -> {
                        Api.Response unavailable = attempt.response();
                        assertThat(unavailable.contentType()).startsWith("application/problem+json");
                        assertThat(unavailable.string("$.type")).endsWith("/service-unavailable");
                        assertThat(unavailable.header("Retry-After")).isEqualTo("5");
                        assertThat(unavailable.raw().body()).doesNotContain("Exception", "jdbc", "SQL");
                    });
            List<String> acknowledged = all.stream()
                    .filter(a -> a.status() == 201)
                    .map(Attempt::title)
                    .toList();
            assertThat(storedTitles(database, org)).containsAll(acknowledged);
        }
    }

    private static void write(
            Api writer, String prefix, AtomicBoolean writing, ConcurrentLinkedQueue<Attempt> attempts) {
        for (int i = 0; writing.get(); i++) {
            String title = prefix + i;
            long start = System.nanoTime();
            Api.Response response = writer.post("/api/tickets", Map.of("title", title, "description", "d"));
            attempts.add(new Attempt(title, response.status(), Duration.ofNanos(System.nanoTime() - start), response));
            if (response.status() != 201) {
                // a client backs off a little (the answer says Retry-After): real load, not a tight loop of refusals
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }

    private static String throughProxy(String url, Matcher hostAndPort, CuttableTcpProxy proxy) {
        return url.substring(0, hostAndPort.start()) + "//127.0.0.1:" + proxy.port() + "/"
                + url.substring(hostAndPort.end());
    }

    private static ConfigurableApplicationContext startNode(TestDatabases.Connection database, String url) {
        return new SpringApplicationBuilder(WorktrackrApplication.class)
                .run(
                        "--server.port=0",
                        "--worktrackr.demo.enabled=false",
                        "--worktrackr.tickets.tally-fold-interval=1h",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--spring.datasource.hikari.connection-timeout=" + CONNECTION_BOUND.toMillis(),
                        "--spring.datasource.hikari.validation-timeout=500");
    }

    private static List<String> storedTitles(TestDatabases.Connection database, Org org) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement query =
                        connection.prepareStatement("SELECT title FROM tickets WHERE organisation_id = ?")) {
            query.setObject(1, org.id);
            List<String> titles = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
            return titles;
        }
    }

    private static long count(ConcurrentLinkedQueue<Attempt> attempts, int status) {
        return attempts.stream().filter(a -> a.status() == status).count();
    }

    /** Polls until true, failing after {@link #WITHIN}: the outage and the recovery are real network events. */
    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + WITHIN).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
