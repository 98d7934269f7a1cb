package io.worktrackr.automation;

import io.worktrackr.tickets.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a rule would have done over a window: {@code items} are the first firings, in order. */
public record DryRunResult(int days, int eventsReplayed, int fired, List<Firing> items, boolean truncated) {

    public record Firing(
            UUID ticketId,
            long number,
            String title,
            Instant at,
            String because,
            List<FieldChange> changes,
            @Nullable String note) {}
}
