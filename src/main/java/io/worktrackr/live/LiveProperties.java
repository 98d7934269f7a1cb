package io.worktrackr.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worktrackr.live.*}.
 * <ul>
 * <li>{@code replayWindow}, {@code replayCapacity}: how long and how many events a node keeps for reconnecting
 *     clients ({@code Last-Event-ID}); older ones are answered with {@code resync}.</li>
 * <li>{@code heartbeat}: how often an idle stream gets a comment line (keeps proxies from closing it).</li>
 * <li>{@code clientBuffer}: frames waiting for one slow client; more, and it is dropped with {@code resync}.</li>
 * <li>{@code streamLifetime}: a stream ends after this long and the browser reconnects (with {@code Last-Event-ID},
 *     losing nothing): that is when a revoked session or removed membership takes effect on an open stream.</li>
 * <li>{@code presenceTimeout}: a viewer without a heartbeat for this long is gone.</li>
 * <li>{@code flushInterval}: how often waiting frames are written to their streams (all of a stream's frames in one
 *     write); the most a push waits on a quiet node.</li>
 * <li>{@code writesPerSecond}: with many busy streams the writes are spaced out to about this many a second (at most
 *     four flush intervals apart): what a burst of changes costs the node stays bounded.</li>
 * </ul>
 */
@ConfigurationProperties("worktrackr.live")
public record LiveProperties(
        @DefaultValue("2m") Duration replayWindow,
        @DefaultValue("10000") int replayCapacity,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("256") int clientBuffer,
        @DefaultValue("5m") Duration streamLifetime,
        @DefaultValue("30s") Duration presenceTimeout,
        @DefaultValue("50ms") Duration flushInterval,
        @DefaultValue("5000") int writesPerSecond) {}
