package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.MutableClock;
import io.worktrackr.testing.TestClockConfiguration;
import io.worktrackr.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Exactly once across nodes: three more application contexts (nodes) on the same database, each scanning every
 * 200 ms with its own clock, cross a ticket's at-risk and due instants; each crossing yields exactly one activity
 * entry and one committed event, also after all three scan at once, and after a node restarts.
 */
class SlaScanIntegrationTests extends IntegrationTest {

    /** Committed SlaAtRisk / SlaBreached events of every node, by "ticket kind type". */
    static final Map<String, AtomicInteger> EVENTS = new ConcurrentHashMap<>();

    /** A bean of each node (a source of its application, not a configuration the test context would pick up). */
    static class Counter {
        @TransactionalEventListener
        void on(SlaAtRisk e) {
            EVENTS.computeIfAbsent(e.ticketId() + " " + e.clock().code() + " at_risk", k -> new AtomicInteger())
                    .incrementAndGet();
        }

        @TransactionalEventListener
        void on(SlaBreached e) {
            EVENTS.computeIfAbsent(e.ticketId() + " " + e.clock().code() + " breached", k -> new AtomicInteger())
                    .incrementAndGet();
        }
    }

    private static ConfigurableApplicationContext node() {
        Map<String, Object> properties = new HashMap<>();
        TestDatabases.configure((name, value) -> properties.put(name, value.get()));
        properties.put("server.port", "0");
        properties.put("worktrackr.sla.scan-interval", "200ms");
        properties.put("worktrackr.tickets.tally-fold-interval", "1h");
        properties.put("worktrackr.attachments.directory", ATTACHMENTS_DIRECTORY.toString());
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        return new SpringApplicationBuilder(WorktrackrApplication.class, TestClockConfiguration.class, Counter.class)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private long entries(String ticketId, String action, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE ticket_id = CAST(:t AS UUID) AND action = :a "
                        + "AND field = :k AND actor_id IS NULL")
                .param("t", ticketId)
                .param("a", action)
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    private static int events(String ticketId, String kind, String type) {
        AtomicInteger n = EVENTS.get(ticketId + " " + kind + " " + type);
        return n == null ? 0 : n.get();
    }

    @Test
    void threeNodesRecordEachCrossingExactlyOnceAlsoAfterARestart() throws Exception {
        Instant monday10 = Instant.parse("2026-06-01T10:00:00Z");
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                nodes.add(node());
            }
            clock.freeze(monday10);
            nodes.forEach(n -> n.getBean(MutableClock.class).freeze(monday10));
            String ticket = fixtures.organisation()
                    .ticket(Map.of("title", "Down for everyone", "priority", "urgent"))
                    .get("id")
                    .stringValue();

            // 10:50: the first response (due 11:00) is at risk
            nodes.forEach(n -> n.getBean(MutableClock.class).set(monday10.plus(Duration.ofMinutes(50))));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> events(ticket, "first_response", "at_risk") >= 1);

            // 11:30: breached; 13:05: the resolution clock (due 14:00, at risk from 13:00) is at risk
            nodes.forEach(n -> n.getBean(MutableClock.class).set(monday10.plus(Duration.ofMinutes(90))));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> events(ticket, "first_response", "breached") >= 1);

            // a restart in between: one node goes, a new one comes, time moves on
            nodes.remove(0).close();
            nodes.add(node());
            nodes.get(2).getBean(MutableClock.class).freeze(monday10);
            nodes.forEach(n -> n.getBean(MutableClock.class).set(monday10.plus(Duration.ofMinutes(185))));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> events(ticket, "resolution", "at_risk") >= 1);

            // every node scans at once on top of the schedule: nothing left to record
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (ConfigurableApplicationContext n : nodes) {
                    runs.add(pool.submit(() -> n.getBean(SlaScan.class).scan()));
                }
                for (Future<Integer> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdown();
            }

            assertThat(events(ticket, "first_response", "at_risk")).isEqualTo(1);
            assertThat(events(ticket, "first_response", "breached")).isEqualTo(1);
            assertThat(events(ticket, "resolution", "at_risk")).isEqualTo(1);
            assertThat(events(ticket, "resolution", "breached")).isZero();
            assertThat(entries(ticket, "sla_at_risk", "first_response")).isEqualTo(1);
            assertThat(entries(ticket, "sla_breached", "first_response")).isEqualTo(1);
            assertThat(entries(ticket, "sla_at_risk", "resolution")).isEqualTo(1);
            assertThat(entries(ticket, "sla_breached", "resolution")).isZero();
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }
}
