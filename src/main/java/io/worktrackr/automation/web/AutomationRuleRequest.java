package io.worktrackr.automation.web;

import io.worktrackr.automation.RuleDraft;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rule to create, replace ({@code version} required: the version the admin saw) or dry-run. */
record AutomationRuleRequest(
        @Nullable String name,
        @Nullable Boolean enabled,
        @Nullable AutomationTriggerBody trigger,
        @Nullable String match,
        @Nullable List<AutomationConditionBody> conditions,
        @Nullable List<AutomationActionBody> actions,
        @Nullable Integer version) {

    RuleDraft draft() {
        return new RuleDraft(
                name,
                enabled,
                trigger == null ? null : trigger.draft(),
                match,
                conditions == null
                        ? null
                        : conditions.stream()
                                .map(c -> c == null ? null : c.draft())
                                .toList(),
                actions == null
                        ? null
                        : actions.stream()
                                .map(a -> a == null ? null : a.draft())
                                .toList());
    }
}
