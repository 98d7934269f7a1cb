package io.worktrackr.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A running clock passed its due instant. Published once per crossing (by the scan, in the transaction that
 * records it), for notifications and automation to react to after commit.
 */
public record SlaBreached(UUID ticketId, UUID organisationId, ClockKind clock, Instant dueAt) {}
