package io.worktrackr.automation.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A saved rule ({@code ruleId}) or a draft ({@code rule}) to replay over the last {@code days} (1..30, default 7). */
record AutomationDryRunRequest(
        @Nullable UUID ruleId,
        @Nullable AutomationRuleRequest rule,
        @Nullable Integer days) {}
