package io.worktrackr.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worktrackr.sla.*}. {@code scanInterval}: how often the breach and at-risk scan runs, so the most a
 * crossing is recorded late (default 30 s; the promise is at most 60 s). {@code recomputeInterval}: how often the
 * background recompute after a policy or calendar change looks for queued tickets (default 10 s).
 */
@ConfigurationProperties("worktrackr.sla")
public record SlaProperties(
        @DefaultValue("30s") Duration scanInterval,
        @DefaultValue("10s") Duration recomputeInterval) {}
