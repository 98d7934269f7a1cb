package io.worktrackr.sla;

import io.worktrackr.tickets.Priority;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An ordered policy: the first of an organisation's policies (by {@code position}) whose match takes a ticket
 * applies. An empty set of queues or priorities matches any. Targets are business minutes per priority.
 */
public record SlaPolicy(
        UUID id,
        UUID organisationId,
        String name,
        int position,
        UUID calendarId,
        Set<UUID> queueIds,
        Set<Priority> priorities,
        Map<Priority, Targets> targets,
        int atRiskPercent,
        int atRiskFloorMinutes,
        long version) {

    /** First response and resolution, in business minutes. */
    public record Targets(int firstResponseMinutes, int resolutionMinutes) {}

    public boolean matches(UUID queueId, Priority priority) {
        return (queueIds.isEmpty() || queueIds.contains(queueId))
                && (priorities.isEmpty() || priorities.contains(priority));
    }

    public int targetMinutes(ClockKind kind, Priority priority) {
        Targets t = targets.get(priority);
        return kind == ClockKind.FIRST_RESPONSE ? t.firstResponseMinutes() : t.resolutionMinutes();
    }

    /** At risk when the business time left is at most max(percent of the target, the floor). */
    public int thresholdMinutes(int targetMinutes) {
        return Math.max((int) Math.round(targetMinutes * atRiskPercent / 100.0), atRiskFloorMinutes);
    }
}
