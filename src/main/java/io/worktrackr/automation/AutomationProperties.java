package io.worktrackr.automation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worktrackr.automation.*}. {@code maxChainDepth}: how many automated changes may follow each other before
 * the chain is cut (default 5). {@code breakerChangesPerMinute}: automated changes of one ticket within a minute
 * after which the next rule to act on it is paused for that ticket (default 10). {@code scanInterval}: how often
 * the time-trigger scan runs (default 60 s); {@code scanBatch}: tickets per claimed batch.
 */
@ConfigurationProperties("worktrackr.automation")
public record AutomationProperties(
        @DefaultValue("5") int maxChainDepth,
        @DefaultValue("10") int breakerChangesPerMinute,
        @DefaultValue("60s") Duration scanInterval,
        @DefaultValue("200") int scanBatch) {}
