package io.worktrackr.automation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored rule at its current version. {@code draft} is the definition as the admin wrote it (what the API
 * answers); {@code definition} is the same, checked. {@code disabledReason} is set when the system disabled it.
 */
public record AutomationRule(
        UUID id,
        UUID organisationId,
        String name,
        boolean enabled,
        int position,
        int version,
        RuleDraft draft,
        RuleDefinition definition,
        @Nullable String disabledReason,
        Instant createdAt,
        Instant updatedAt) {}
