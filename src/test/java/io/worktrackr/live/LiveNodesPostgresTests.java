package io.worktrackr.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.CuttableTcpProxy;
import io.worktrackr.testing.EventStream;
import io.worktrackr.testing.EventStream.Event;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.TestDatabases;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server nodes on one PostgreSQL: a change made through node A reaches a stream on node B (LISTEN/NOTIFY), and
 * so does presence. Node B reaches the database through a {@link CuttableTcpProxy}: when its connection is cut and
 * comes back, its streams get {@code resync} (what was notified meanwhile never reached it) and live events flow
 * again. PostgreSQL only, in every run (H2 is one node by design).
 */
class LiveNodesPostgresTests {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    /** Reconnecting after a cut: the listener's back-off plus a loaded CI machine. */
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:]+):(\\d+)/");

    @Test
    void aChangeThroughNodeAReachesAStreamOnNodeBAndNodeBResyncsAfterLosingTheDatabase() throws Exception {
        TestDatabases.Connection database = TestDatabases.postgres();
        Matcher hostAndPort = HOST_AND_PORT.matcher(database.url());
        assertThat(hostAndPort.find()).as(database.url()).isTrue();
        try (CuttableTcpProxy proxy =
                        new CuttableTcpProxy(hostAndPort.group(1), Integer.parseInt(hostAndPort.group(2)));
                ConfigurableApplicationContext a = node(database, database.url());
                ConfigurableApplicationContext b = node(database, throughProxy(database.url(), hostAndPort, proxy))) {
            PostgresLiveBus busOfB = (PostgresLiveBus) b.getBean(LiveBus.class);
            PostgresLiveBus busOfA = (PostgresLiveBus) a.getBean(LiveBus.class);
            awaitTrue("both nodes listen", () -> busOfA.listening() && busOfB.listening(), WITHIN);

            Org org = new Fixtures(port(a)).organisation();
            Api onA = org.admin.api();
            Api onB = onA.onPort(port(b));
            try (EventStream streamOnB = onB.stream("/api/live");
                    EventStream streamOnA = onA.stream("/api/live")) {
                assertThat(streamOnB.status()).isEqualTo(200);

                String id = org.ticket("Made on A").get("id").asString();
                for (EventStream stream : java.util.List.of(streamOnB, streamOnA)) {
                    Event created = stream.next("ticket.created", WITHIN);
                    assertThat(created.string("$.id")).isEqualTo(id);
                }

                Api.Response viewing = onA.post("/api/live/presence", Map.of("ticketId", id));
                assertThat(viewing.status()).as(viewing.toString()).isEqualTo(200);
                Event presence = streamOnB.next("presence", WITHIN);
                assertThat(presence.string("$.viewers[0].id"))
                        .isEqualTo(org.admin.id().toString());

                proxy.cut();
                awaitTrue("node B notices the lost connection", () -> !busOfB.listening(), RECOVERY);
                proxy.restore();
                Event resync = streamOnB.next("resync", RECOVERY);
                assertThat(resync.id()).isNotBlank();

                Api.Response changed = onA.patch("/api/tickets/" + id, Map.of("version", 0, "status", "pending"));
                assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
                Event event = streamOnB.next("ticket.changed", WITHIN);
                assertThat(event.string("$.id")).isEqualTo(id);
                assertThat(event.json().get("version").asLong()).isEqualTo(1);
            }
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String throughProxy(String url, Matcher hostAndPort, CuttableTcpProxy proxy) {
        return url.substring(0, hostAndPort.start()) + "//127.0.0.1:" + proxy.port() + "/"
                + url.substring(hostAndPort.end());
    }

    private static ConfigurableApplicationContext node(TestDatabases.Connection database, String url) {
        return new SpringApplicationBuilder(WorktrackrApplication.class)
                .run(
                        "--server.port=0",
                        "--worktrackr.demo.enabled=false",
                        "--worktrackr.tickets.tally-fold-interval=1h",
                        "--worktrackr.sla.scan-interval=1h",
                        // as IntegrationTest: the sign-up limit counts per address in the shared database, where the
                        // other test classes' sign-ups from 127.0.0.1 already are
                        "--worktrackr.identity.password-reset-throttle.sign-ups-per-client=1000000",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--spring.datasource.hikari.validation-timeout=500");
    }

    private static void awaitTrue(String what, BooleanSupplier condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + within).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
