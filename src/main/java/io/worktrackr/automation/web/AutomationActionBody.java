package io.worktrackr.automation.web;

import io.worktrackr.automation.RuleDraft;
import org.jspecify.annotations.Nullable;

/** One action of a rule on the wire. */
record AutomationActionBody(String type, @Nullable String value) {

    RuleDraft.ActionDraft draft() {
        return new RuleDraft.ActionDraft(type, value);
    }

    static AutomationActionBody of(RuleDraft.ActionDraft a) {
        return new AutomationActionBody(a.type() == null ? "" : a.type(), a.value());
    }
}
