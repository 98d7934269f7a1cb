package io.worktrackr.automation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule as an admin sent it (create, change, dry-run of a draft): the wire's strings, not yet checked.
 * {@link AutomationManagement} checks it into a {@link RuleDefinition}, naming every bad field
 * ({@code trigger.minutes}, {@code conditions[1].value}, …). It is also the stored form of a definition.
 */
public record RuleDraft(
        @Nullable String name,
        @Nullable Boolean enabled,
        @Nullable TriggerDraft trigger,
        @Nullable String match,
        @Nullable List<ConditionDraft> conditions,
        @Nullable List<ActionDraft> actions) {

    public record TriggerDraft(
            @Nullable String type,
            @Nullable String field,
            @Nullable String from,
            @Nullable String to,
            @Nullable String visibility,
            @Nullable String status,
            @Nullable Integer minutes,
            @Nullable Boolean businessHours) {}

    public record ConditionDraft(
            @Nullable String field,
            @Nullable String operator,
            @Nullable String value) {}

    public record ActionDraft(
            @Nullable String type, @Nullable String value) {}
}
