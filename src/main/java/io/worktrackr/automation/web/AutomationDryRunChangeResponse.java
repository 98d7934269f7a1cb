package io.worktrackr.automation.web;

import org.jspecify.annotations.Nullable;

/** One field a dry-run firing would have changed. */
record AutomationDryRunChangeResponse(
        String field, @Nullable String from, @Nullable String to) {}
