package io.worktrackr.automation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One firing the dry-run predicts: on which ticket, when, why, and what it would have changed. */
record AutomationDryRunItemResponse(
        UUID ticketId,
        long number,
        String title,
        Instant at,
        String because,
        List<AutomationDryRunChangeResponse> changes,
        @Nullable String note) {}
