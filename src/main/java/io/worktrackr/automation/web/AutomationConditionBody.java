package io.worktrackr.automation.web;

import io.worktrackr.automation.RuleDraft;
import org.jspecify.annotations.Nullable;

/** One condition of a rule on the wire. */
record AutomationConditionBody(
        String field, String operator, @Nullable String value) {

    RuleDraft.ConditionDraft draft() {
        return new RuleDraft.ConditionDraft(field, operator, value);
    }

    static AutomationConditionBody of(RuleDraft.ConditionDraft c) {
        return new AutomationConditionBody(
                c.field() == null ? "" : c.field(), c.operator() == null ? "" : c.operator(), c.value());
    }
}
