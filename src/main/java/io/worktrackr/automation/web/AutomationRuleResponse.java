package io.worktrackr.automation.web;

import io.worktrackr.automation.AutomationQueries.RuleWithStats;
import io.worktrackr.automation.AutomationRule;
import io.worktrackr.automation.RuleDraft;
import io.worktrackr.automation.RuleStats;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A rule at its current version, with how often it acted. */
record AutomationRuleResponse(
        UUID id,
        String name,
        boolean enabled,
        int position,
        int version,
        AutomationTriggerBody trigger,
        String match,
        List<AutomationConditionBody> conditions,
        List<AutomationActionBody> actions,
        @Nullable String disabledReason,
        @Nullable Instant lastFiredAt,
        int firedLast7Days,
        Instant createdAt,
        Instant updatedAt) {

    static AutomationRuleResponse of(RuleWithStats r) {
        return of(r.rule(), r.stats());
    }

    static AutomationRuleResponse of(AutomationRule rule, RuleStats stats) {
        RuleDraft d = rule.draft();
        return new AutomationRuleResponse(
                rule.id(),
                rule.name(),
                rule.enabled(),
                rule.position(),
                rule.version(),
                AutomationTriggerBody.of(java.util.Objects.requireNonNull(d.trigger())),
                rule.definition().matchAll() ? "all" : "any",
                d.conditions() == null
                        ? List.of()
                        : d.conditions().stream()
                                .map(AutomationConditionBody::of)
                                .toList(),
                d.actions() == null
                        ? List.of()
                        : d.actions().stream().map(AutomationActionBody::of).toList(),
                rule.disabledReason(),
                stats.lastFiredAt(),
                stats.firedLast7Days(),
                rule.createdAt(),
                rule.updatedAt());
    }
}
