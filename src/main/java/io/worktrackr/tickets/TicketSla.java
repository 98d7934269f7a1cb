package io.worktrackr.tickets;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's service level as its JSON shows it: the policy that applies and its two clocks. The tickets module
 * only passes it through; a {@link TicketSlaLookup} (the sla module) supplies it.
 */
public record TicketSla(PolicyRef policy, Clock firstResponse, Clock resolution) {

    public record PolicyRef(UUID id, String name) {}

    /**
     * One clock. {@code state}: running, paused, met, breached (running or paused past due) or met_late (met after
     * its due). Minutes are business minutes; {@code leftBusinessMinutes} is negative once overdue.
     */
    public record Clock(
            String state,
            @Nullable Instant dueAt,
            @Nullable Instant atRiskAt,
            @Nullable Instant breachedAt,
            @Nullable Instant metAt,
            long usedBusinessMinutes,
            long leftBusinessMinutes) {}
}
