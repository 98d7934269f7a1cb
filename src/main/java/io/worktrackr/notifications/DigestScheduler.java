package io.worktrackr.notifications;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the daily digests: for everyone who wants some kind in the digest, once their digest hour has come in
 * their time zone, one outbox e-mail per organisation with entries since their last digest (none when there is
 * nothing to report). Runs every {@code worktrackr.mail.digest-interval} on one node at a time (ShedLock); the
 * slot it covered is recorded per person, so a repeated run queues nothing twice.
 */
@Component
class DigestScheduler {

    static final String LOCK = "notification-digests";

    private final JdbcClient jdbc;
    private final NotificationPreferences preferences;
    private final Outbox outbox;
    private final Clock clock;

    DigestScheduler(JdbcClient jdbc, NotificationPreferences preferences, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${worktrackr.mail.digest-interval:5m}",
            fixedDelayString = "${worktrackr.mail.digest-interval:5m}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void queueDue() {
        queueDigests();
    }

    /** The work without the schedule and the lock; answers how many digests it queued. */
    @Transactional
    int queueDigests() {
        Instant now = clock.instant();
        int queued = 0;
        List<UUID> people = jdbc.sql("SELECT DISTINCT user_id FROM notification_preferences WHERE email = 'daily'")
                .query(UUID.class)
                .list();
        for (UUID person : people) {
            NotificationPreferences.Digest digest = preferences.digest(person);
            ZonedDateTime local = now.atZone(digest.zone());
            ZonedDateTime slotTime =
                    local.toLocalDate().atTime(digest.hour(), 0).atZone(digest.zone());
            if (slotTime.toInstant().isAfter(now)) {
                slotTime = slotTime.minusDays(1);
            }
            Instant slot = slotTime.toInstant();
            Instant last = lastDigest(person);
            if (last != null && !last.isBefore(slot)) {
                continue;
            }
            Instant from = last == null ? slotTime.minusDays(1).toInstant() : last;
            List<NotificationKind> kinds = preferences.dailyKinds(person);
            List<UUID> organisations = jdbc.sql("""
                            SELECT DISTINCT organisation_id FROM notification_items
                             WHERE recipient_id = :user AND kind IN (:kinds)
                               AND occurred_at > :from AND occurred_at <= :to""")
                    .param("user", person)
                    .param("kinds", kinds.stream().map(NotificationKind::code).toList())
                    .param("from", toDb(from))
                    .param("to", toDb(slot))
                    .query(UUID.class)
                    .list();
            for (UUID organisation : organisations) {
                outbox.enqueueDigest(organisation, person, from, slot, now);
                queued++;
            }
            recordDigest(person, slot);
        }
        return queued;
    }

    private Instant lastDigest(UUID person) {
        return jdbc.sql("SELECT last_digest_at FROM notification_digests WHERE user_id = :user")
                .param("user", person)
                .query((rs, i) -> fromDb(rs, "last_digest_at"))
                .optional()
                .orElse(null);
    }

    private void recordDigest(UUID person, Instant slot) {
        int updated = jdbc.sql("UPDATE notification_digests SET last_digest_at = :slot WHERE user_id = :user")
                .param("slot", toDb(slot))
                .param("user", person)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO notification_digests (user_id, digest_hour, time_zone, last_digest_at)
                            VALUES (:user, :hour, :zone, :slot)""")
                    .param("user", person)
                    .param("hour", NotificationPreferences.DEFAULT_DIGEST_HOUR)
                    .param("zone", NotificationPreferences.DEFAULT_TIME_ZONE)
                    .param("slot", toDb(slot))
                    .update();
        }
    }
}
