package io.worktrackr.automation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How often a rule acted: its last firing and the firings of the last seven days. */
public record RuleStats(@Nullable Instant lastFiredAt, int firedLast7Days) {

    public static final RuleStats NEVER = new RuleStats(null, 0);
}
