package io.worktrackr.notifications;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.identity.AccountTakenOver;
import io.worktrackr.identity.Actor;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notification settings: per kind, in the app or not and e-mail off / immediately / in the daily
 * digest; and the hour (in their time zone) the digest goes out. They hold for the person in every organisation.
 * Defaults: everything in the app; e-mail at once for assignments, mentions and SLA alerts; the digest at 08:00
 * UTC.
 */
@Service
public class NotificationPreferences {

    /** One kind's setting. */
    public record KindPreference(NotificationKind kind, boolean inApp, EmailDelivery email) {}

    /** Everything, every kind listed in declaration order. */
    public record Preferences(List<KindPreference> kinds, int digestHour, String timeZone) {}

    /** What a request changes: the kinds it names, and the digest hour and zone when given. */
    public record Change(
            List<KindPreference> kinds,
            @Nullable Integer digestHour,
            @Nullable String timeZone) {}

    /** The digest's hour and time zone. */
    record Digest(int hour, ZoneId zone) {}

    static final int DEFAULT_DIGEST_HOUR = 8;
    static final String DEFAULT_TIME_ZONE = "UTC";

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static KindPreference defaultFor(NotificationKind kind) {
        return new KindPreference(
                kind, true, Inbox.EMAILED.contains(kind) ? EmailDelivery.IMMEDIATELY : EmailDelivery.OFF);
    }

    @Transactional(readOnly = true)
    public Preferences get(Actor actor) {
        Map<NotificationKind, KindPreference> stored = stored(actor.userId());
        List<KindPreference> kinds = Arrays.stream(NotificationKind.values())
                .map(kind -> stored.getOrDefault(kind, defaultFor(kind)))
                .toList();
        Digest digest = digest(actor.userId());
        return new Preferences(kinds, digest.hour(), digest.zone().getId());
    }

    /** Changes the kinds the request names (the others keep their setting) and the digest time when given. */
    @Transactional
    public Preferences change(Actor actor, Change change) {
        if (change.digestHour() != null && (change.digestHour() < 0 || change.digestHour() > 23)) {
            throw new InvalidInput("digestHour", "must be between 0 and 23");
        }
        ZoneId zone = null;
        if (change.timeZone() != null) {
            try {
                zone = ZoneId.of(change.timeZone());
            } catch (DateTimeException e) {
                throw new InvalidInput("timeZone", "must be a time zone such as Europe/Berlin or UTC");
            }
        }
        for (KindPreference kind : change.kinds()) {
            jdbc.sql("DELETE FROM notification_preferences WHERE user_id = :user AND kind = :kind")
                    .param("user", actor.userId())
                    .param("kind", kind.kind().code())
                    .update();
            jdbc.sql("""
                            INSERT INTO notification_preferences (user_id, kind, in_app, email)
                            VALUES (:user, :kind, :inApp, :email)""")
                    .param("user", actor.userId())
                    .param("kind", kind.kind().code())
                    .param("inApp", kind.inApp())
                    .param("email", kind.email().code())
                    .update();
        }
        if (change.digestHour() != null || zone != null) {
            Digest current = digest(actor.userId());
            int hour = change.digestHour() == null ? current.hour() : change.digestHour();
            String zoneId = zone == null ? current.zone().getId() : zone.getId();
            int updated = jdbc.sql(
                            "UPDATE notification_digests SET digest_hour = :hour, time_zone = :zone WHERE user_id = :user")
                    .param("hour", hour)
                    .param("zone", zoneId)
                    .param("user", actor.userId())
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                                INSERT INTO notification_digests (user_id, digest_hour, time_zone)
                                VALUES (:user, :hour, :zone)""")
                        .param("user", actor.userId())
                        .param("hour", hour)
                        .param("zone", zoneId)
                        .update();
            }
        }
        return get(actor);
    }

    /**
     * The owner of the address took the account over from whoever had made it without proof: the settings that
     * person chose (e-mail off, say) do not carry over. In the takeover's transaction, so there is no moment in which
     * they apply to the new owner.
     */
    @EventListener
    void on(AccountTakenOver event) {
        jdbc.sql("DELETE FROM notification_preferences WHERE user_id = :user")
                .param("user", event.userId())
                .update();
        jdbc.sql("UPDATE notification_digests SET digest_hour = :hour, time_zone = :zone WHERE user_id = :user")
                .param("hour", DEFAULT_DIGEST_HOUR)
                .param("zone", DEFAULT_TIME_ZONE)
                .param("user", event.userId())
                .update();
    }

    /** The person's setting for one kind. */
    KindPreference of(UUID userId, NotificationKind kind) {
        return jdbc.sql("""
                        SELECT in_app, email FROM notification_preferences WHERE user_id = :user AND kind = :kind""")
                .param("user", userId)
                .param("kind", kind.code())
                .query((rs, i) -> new KindPreference(
                        kind, rs.getBoolean("in_app"), EmailDelivery.parse("email", rs.getString("email"))))
                .optional()
                .orElseGet(() -> defaultFor(kind));
    }

    /** The kinds this person wants in the daily digest. */
    List<NotificationKind> dailyKinds(UUID userId) {
        Map<NotificationKind, KindPreference> stored = stored(userId);
        List<NotificationKind> daily = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            if (stored.getOrDefault(kind, defaultFor(kind)).email() == EmailDelivery.DAILY) {
                daily.add(kind);
            }
        }
        return daily;
    }

    Digest digest(UUID userId) {
        Optional<Digest> stored = jdbc.sql(
                        "SELECT digest_hour, time_zone FROM notification_digests WHERE user_id = :user")
                .param("user", userId)
                .query((rs, i) -> new Digest(rs.getInt("digest_hour"), ZoneId.of(rs.getString("time_zone"))))
                .optional();
        return stored.orElseGet(() -> new Digest(DEFAULT_DIGEST_HOUR, ZoneId.of(DEFAULT_TIME_ZONE)));
    }

    private record Stored(String kind, boolean inApp, String email) {}

    private Map<NotificationKind, KindPreference> stored(UUID userId) {
        Map<NotificationKind, KindPreference> stored = new EnumMap<>(NotificationKind.class);
        jdbc.sql("SELECT kind, in_app, email FROM notification_preferences WHERE user_id = :user")
                .param("user", userId)
                .query((rs, i) -> new Stored(rs.getString("kind"), rs.getBoolean("in_app"), rs.getString("email")))
                .list()
                .forEach(row -> NotificationKind.fromCode(row.kind())
                        .ifPresent(kind -> stored.put(
                                kind,
                                new KindPreference(kind, row.inApp(), EmailDelivery.parse("email", row.email())))));
        return stored;
    }
}
