package io.worktrackr.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worktrackr.events.*}: when an after-commit reaction that has not completed is delivered again.
 *
 * @param resubmitAfter a publication (or its last resubmission) older than this and still not completed is
 *     taken as failed or lost (listener threw, node died, executor was full) and delivered again. Keep it well
 *     above the time a reaction takes: a reaction still running on another node after this long gets a second
 *     delivery (which idempotent reactions tolerate).
 * @param resubmitInterval how often one node (ShedLock) looks for such publications; also the initial delay.
 */
@ConfigurationProperties("worktrackr.events")
record EventProperties(
        @DefaultValue("5m") Duration resubmitAfter,
        @DefaultValue("1m") Duration resubmitInterval) {}
