package io.worktrackr.automation.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    /**
     * What a request may send: {@code businessHours} only matters for time-based triggers, so a rule that leaves it
     * out (every event trigger) counts in calendar time rather than being refused.
     */
    @JsonCreator
    static AutomationTriggerBody fromRequest(
            @JsonProperty("type") String type,
            @JsonProperty("field") @Nullable String field,
            @JsonProperty("from") @Nullable String from,
            @JsonProperty("to") @Nullable String to,
            @JsonProperty("visibility") @Nullable String visibility,
            @JsonProperty("status") @Nullable String status,
            @JsonProperty("minutes") @Nullable Integer minutes,
            @JsonProperty("businessHours") @Nullable Boolean businessHours) {
        return new AutomationTriggerBody(
                type, field, from, to, visibility, status, minutes, Boolean.TRUE.equals(businessHours));
    }

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
