package io.worktrackr.platform;

import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers after-commit reactions again that did not complete: the listener threw, the node died before or
 * while running it, or the executor rejected it. Runs every {@code worktrackr.events.resubmit-interval} on one
 * node at a time (ShedLock), and only touches publications older than {@code worktrackr.events.resubmit-after},
 * so a reaction that another node is running right now is left alone. Each publication is claimed atomically
 * (Modulith sets it to RESUBMITTED only if it is not already), so even overlapping runs deliver it once.
 *
 * <p>Why not {@code spring.modulith.events.republish-outstanding-events-on-restart}: it re-delivers
 * <em>every</em> incomplete publication whenever any node starts, including those other nodes are processing.
 * Why not Modulith's staleness monitor alone: it ages RESUBMITTED publications by their original publication
 * date, so a slow resubmission of an old event would be failed and delivered again at once; here a lost
 * resubmission is released by the time of its last resubmission instead.
 *
 * <p>Delivery is at least once: every reaction must be idempotent.
 */
@Component
class EventPublicationResubmission {

    static final String LOCK = "event-publication-resubmission";

    private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

    private final IncompleteEventPublications publications;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final EventProperties properties;

    EventPublicationResubmission(
            IncompleteEventPublications publications, JdbcClient jdbc, Clock clock, EventProperties properties) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(
            initialDelayString = "${worktrackr.events.resubmit-interval:1m}",
            fixedDelayString = "${worktrackr.events.resubmit-interval:1m}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void resubmitIncompletePublications() {
        resubmitOlderThan(properties.resubmitAfter());
    }

    /** The job's work without the schedule and the lock (tests call it with their own age). */
    void resubmitOlderThan(Duration age) {
        Instant cutoff = clock.instant().minus(age);
        // a resubmission that has not concluded by now was lost (its node died): make it eligible again
        int lost = jdbc.sql("""
                        UPDATE event_publication SET status = 'FAILED'
                         WHERE status = 'RESUBMITTED' AND last_resubmission_date <= :cutoff""").param("cutoff", toDb(cutoff)).update();
        if (lost > 0) {
            log.warn("{} event publication resubmission(s) did not conclude within {}; delivering again", lost, age);
        }
        publications.resubmitIncompletePublications(
                publication -> !publication.getPublicationDate().isAfter(cutoff));
    }
}
