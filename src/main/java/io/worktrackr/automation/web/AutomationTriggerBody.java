package io.worktrackr.automation.web;

import io.worktrackr.automation.RuleDraft;
import org.jspecify.annotations.Nullable;

/** A rule's trigger on the wire (see docs/api.md, "Automation"): which fields apply depends on {@code type}. */
record AutomationTriggerBody(
        String type,
        @Nullable String field,
        @Nullable String from,
        @Nullable String to,
        @Nullable String visibility,
        @Nullable String status,
        @Nullable Integer minutes,
        boolean businessHours) {

    RuleDraft.TriggerDraft draft() {
        return new RuleDraft.TriggerDraft(type, field, from, to, visibility, status, minutes, businessHours);
    }

    static AutomationTriggerBody of(RuleDraft.TriggerDraft t) {
        return new AutomationTriggerBody(
                t.type() == null ? "" : t.type(),
                t.field(),
                t.from(),
                t.to(),
                t.visibility(),
                t.status(),
                t.minutes(),
                Boolean.TRUE.equals(t.businessHours()));
    }
}
