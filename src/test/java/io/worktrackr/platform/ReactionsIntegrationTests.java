package io.worktrackr.platform;

import static io.worktrackr.common.JdbcTime.toDb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.tickets.TicketCreated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After-commit reactions ({@code @ApplicationModuleListener}) through the event publication registry: they run
 * after commit and never after a rollback, never hold up or fail the request, and an incomplete one is delivered
 * again by the resubmission job and completes once. The event and the reactions are test-only. This context is
 * one more "node" on the shared test database; its own schedule is pushed out of the way (the tests run the
 * resubmission directly and check separately that the schedule and its lock are in place).
 */
@TestPropertySource(properties = "worktrackr.events.resubmit-interval=1h")
class ReactionsIntegrationTests extends IntegrationTest {

    static final String PINGED_LISTENER = "test.reactions.pinged";
    static final String TICKET_LISTENER = "test.reactions.ticket-created";

    /** A test-only event. */
    record Pinged(UUID id) {}

    /** One delivery of an event to a reaction, as the reaction saw it. */
    record Delivery(String thread, boolean inTransaction, boolean succeeded) {}

    /**
     * Test-only reactions that record every delivery and misbehave on demand. The bean is a proxy (async,
     * transactional, completion-registering): tests use its methods, never its fields.
     */
    static class Reactions {

        private final Map<UUID, List<Delivery>> deliveries = new ConcurrentHashMap<>();
        private final Set<UUID> failFirstDelivery = ConcurrentHashMap.newKeySet();
        private final Map<UUID, CountDownLatch> held = new ConcurrentHashMap<>();
        private final Set<UUID> failing = ConcurrentHashMap.newKeySet();
        private final Set<UUID> started = ConcurrentHashMap.newKeySet();

        public void failFirstDelivery(UUID eventId) {
            failFirstDelivery.add(eventId);
        }

        /** Reactions to this organisation's new tickets wait for the latch. */
        public void hold(UUID organisationId, CountDownLatch release) {
            held.put(organisationId, release);
        }

        public void failing(UUID organisationId, boolean fail) {
            if (fail) {
                failing.add(organisationId);
            } else {
                failing.remove(organisationId);
            }
        }

        public boolean started(UUID organisationId) {
            return started.contains(organisationId);
        }

        @ApplicationModuleListener(id = PINGED_LISTENER)
        void on(Pinged event) {
            boolean fail = failFirstDelivery.remove(event.id());
            record(event.id(), !fail);
            if (fail) {
                throw new IllegalStateException("the first delivery of " + event.id() + " fails");
            }
        }

        @ApplicationModuleListener(id = TICKET_LISTENER)
        void on(TicketCreated event) throws InterruptedException {
            started.add(event.organisationId());
            CountDownLatch latch = held.get(event.organisationId());
            if (latch != null && !latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            boolean fail = failing.contains(event.organisationId());
            record(event.ticketId(), !fail);
            if (fail) {
                throw new IllegalStateException("reaction to ticket " + event.ticketId() + " fails");
            }
        }

        public List<Delivery> of(UUID id) {
            return deliveries.getOrDefault(id, List.of());
        }

        public long successes(UUID id) {
            return of(id).stream().filter(Delivery::succeeded).count();
        }

        private void record(UUID id, boolean succeeded) {
            deliveries
                    .computeIfAbsent(id, key -> new CopyOnWriteArrayList<>())
                    .add(new Delivery(
                            Thread.currentThread().getName(),
                            TransactionSynchronizationManager.isActualTransactionActive(),
                            succeeded));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ReactionsConfiguration {

        @Bean
        Reactions testReactions() {
            return new Reactions();
        }
    }

    @Autowired
    Reactions reactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventPublicationResubmission resubmission;

    @Autowired
    EventSerializer serializer;

    @Autowired
    Clock clock;

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Test
    void aReactionRunsAfterCommitOnAPoolThreadInATransactionOfItsOwn() {
        UUID id = UUID.randomUUID();
        String testThread = Thread.currentThread().getName();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Pinged(id));
            // recorded in the publishing transaction, not yet run: a synchronous listener would have run by now
            assertThat(publications(PINGED_LISTENER, id)).isEqualTo(1);
            assertThat(reactions.of(id)).isEmpty();
        });

        waitUp().until(() -> reactions.of(id).size() == 1);
        Delivery delivery = reactions.of(id).get(0);
        assertThat(delivery.thread()).startsWith("reaction-").isNotEqualTo(testThread);
        assertThat(delivery.inTransaction()).isTrue();
        // completed publications are deleted: the registry holds only outstanding work
        waitUp().until(() -> publications(PINGED_LISTENER, id) == 0);
    }

    @Test
    void aRolledBackTransactionLeavesNothingToReactTo() {
        UUID rolledBack = UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Pinged(rolledBack));
            status.setRollbackOnly();
        });

        assertThat(publications(PINGED_LISTENER, rolledBack)).isZero();
        resubmission.resubmitOlderThan(Duration.ZERO);
        UUID committed = publishCommitted();
        waitUp().until(() -> reactions.successes(committed) == 1);
        assertThat(reactions.of(rolledBack)).isEmpty();
    }

    @Test
    void aSlowOrFailingReactionNeitherHoldsUpNorFailsTheRequest() {
        Fixtures.Org org = fixtures.organisation();
        CountDownLatch release = new CountDownLatch(1);
        reactions.hold(org.id, release);
        reactions.failing(org.id, true);

        // the reaction is held until released, yet the request completes
        Api.Response created = org.admin.api().post("/api/tickets", Map.of("title", "Printer on fire"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID ticketId = UUID.fromString(created.body().get("id").stringValue());
        waitUp().until(() -> reactions.started(org.id));
        assertThat(reactions.of(ticketId)).isEmpty();
        assertThat(org.admin.api().get("/api/tickets/" + ticketId).status()).isEqualTo(200);

        // released, it fails: the ticket stays, the publication waits for its next delivery
        release.countDown();
        waitUp().until(() -> "FAILED".equals(status(TICKET_LISTENER, ticketId)));
        assertThat(reactions.successes(ticketId)).isZero();
        assertThat(org.admin.api().get("/api/tickets/" + ticketId).status()).isEqualTo(200);

        // fixed, it is delivered again and completes
        reactions.failing(org.id, false);
        resubmission.resubmitOlderThan(Duration.ZERO);
        waitUp().until(() -> reactions.successes(ticketId) == 1 && publications(TICKET_LISTENER, ticketId) == 0);
    }

    @Test
    void aFailedReactionIsDeliveredAgainByTheResubmissionAndCompletesOnce() {
        UUID id = UUID.randomUUID();
        reactions.failFirstDelivery(id);

        publishCommitted(id);
        waitUp().until(() -> "FAILED".equals(status(PINGED_LISTENER, id)));
        assertThat(reactions.of(id)).hasSize(1);

        resubmission.resubmitOlderThan(Duration.ZERO);

        waitUp().until(() -> reactions.of(id).size() == 2 && publications(PINGED_LISTENER, id) == 0);
        resubmission.resubmitOlderThan(Duration.ZERO);
        // a later event's reaction has completed on the same pool: a second delivery would have run by now
        UUID marker = publishCommitted();
        waitUp().until(() -> reactions.successes(marker) == 1);
        assertThat(reactions.of(id)).hasSize(2);
        assertThat(reactions.successes(id)).isEqualTo(1);
    }

    @Test
    void aPublicationWhoseNodeDiedIsDeliveredOnceItIsOldEnoughAndNotBefore() {
        // as a node leaves it that died after commit, before or while its reaction ran
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        insertPublication(id, "PROCESSING", now, now);

        // young: it may be running on another node right now, so the scheduled resubmission leaves it alone
        resubmission.resubmitOlderThan(Duration.ofMinutes(5));
        assertThat(status(PINGED_LISTENER, id)).isEqualTo("PROCESSING");

        resubmission.resubmitOlderThan(Duration.ZERO);

        waitUp().until(() -> reactions.successes(id) == 1 && publications(PINGED_LISTENER, id) == 0);
        resubmission.resubmitOlderThan(Duration.ZERO);
        // a later event's reaction has completed on the same pool: a second delivery would have run by now
        UUID marker = publishCommitted();
        waitUp().until(() -> reactions.successes(marker) == 1);
        assertThat(reactions.of(id)).hasSize(1);
    }

    @Test
    void aResubmissionWhoseNodeDiedIsDeliveredAgain() {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        insertPublication(id, "RESUBMITTED", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));

        // other nodes' jobs (this test database is shared) may get there first and fail it: then ours delivers it
        waitUp().untilAsserted(() -> {
            resubmission.resubmitOlderThan(Duration.ofMinutes(5));
            assertThat(reactions.successes(id)).isEqualTo(1);
        });
        waitUp().until(() -> publications(PINGED_LISTENER, id) == 0);
        assertThat(reactions.of(id)).hasSize(1);
    }

    @Test
    void theResubmissionIsScheduledAndRunsOnOneNodeAtATime() {
        assertThat(schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream()))
                .anySatisfy(scheduled -> {
                    assertThat(scheduled.getTask()).isInstanceOf(FixedDelayTask.class);
                    assertThat(((FixedDelayTask) scheduled.getTask()).getIntervalDuration())
                            .isEqualTo(Duration.ofHours(1));
                    assertThat(String.valueOf(scheduled.getTask().getRunnable()))
                            .contains(EventPublicationResubmission.class.getName() + ".resubmitIncompletePublications");
                });

        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        // another node holds the lock: this node's run does nothing (nor does any other node's)
        holdLock(OffsetDateTime.of(2999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        insertPublication(id, "FAILED", now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(1)));
        try {
            resubmission.resubmitIncompletePublications();
            assertThat(status(PINGED_LISTENER, id)).isEqualTo("FAILED");
        } finally {
            holdLock(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        }

        // the lock has expired: the run takes it and delivers (retried while another test node holds it briefly)
        waitUp().untilAsserted(() -> {
            resubmission.resubmitIncompletePublications();
            assertThat(reactions.successes(id)).isEqualTo(1);
        });
        waitUp().until(() -> publications(PINGED_LISTENER, id) == 0);
        assertThat(reactions.of(id)).hasSize(1);
    }

    private static ConditionFactory waitUp() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25));
    }

    private UUID publishCommitted() {
        return publishCommitted(UUID.randomUUID());
    }

    private UUID publishCommitted(UUID id) {
        transaction.executeWithoutResult(status -> events.publishEvent(new Pinged(id)));
        return id;
    }

    private int publications(String listener, UUID eventId) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM event_publication WHERE listener_id = :listener AND serialized_event LIKE :id")
                .param("listener", listener)
                .param("id", "%" + eventId + "%")
                .query(Integer.class)
                .single();
    }

    private String status(String listener, UUID eventId) {
        return jdbc.sql(
                        "SELECT status FROM event_publication WHERE listener_id = :listener AND serialized_event LIKE :id")
                .param("listener", listener)
                .param("id", "%" + eventId + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void insertPublication(UUID eventId, String status, Instant publishedAt, Instant lastSubmittedAt) {
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts, last_resubmission_date)
                        VALUES (:id, :listener, :type, :event, :published, :status, 1, :submitted)""")
                .param("id", UUID.randomUUID())
                .param("listener", PINGED_LISTENER)
                .param("type", Pinged.class.getName())
                .param("event", serializer.serialize(new Pinged(eventId)).toString())
                .param("published", toDb(publishedAt))
                .param("status", status)
                .param("submitted", toDb(lastSubmittedAt))
                .update();
    }

    /** Writes the resubmission's lock row as another node would hold (or have released) it. */
    private void holdLock(OffsetDateTime until) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM shedlock WHERE name = :name")
                    .param("name", EventPublicationResubmission.LOCK)
                    .update();
            jdbc.sql("""
                            INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
                            VALUES (:name, :until, :at, 'another-node')""")
                    .param("name", EventPublicationResubmission.LOCK)
                    .param("until", until.toLocalDateTime())
                    .param("at", until.minusYears(1).toLocalDateTime())
                    .update();
        });
    }
}
