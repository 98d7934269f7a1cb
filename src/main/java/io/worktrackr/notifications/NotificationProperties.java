package io.worktrackr.notifications;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code worktrackr.notifications.*}: {@code coalesce-window} — events for one person and ticket (or one
 * actor's bulk assignment) within this time of an unread entry's first event join that entry (default 2 minutes).
 */
@ConfigurationProperties("worktrackr.notifications")
record NotificationProperties(@Nullable Duration coalesceWindow) {

    NotificationProperties {
        if (coalesceWindow == null) {
            coalesceWindow = Duration.ofMinutes(2);
        }
    }

    Duration window() {
        return coalesceWindow == null ? Duration.ofMinutes(2) : coalesceWindow;
    }
}
