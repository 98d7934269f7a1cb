package io.worktrackr.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A running clock reached its at-risk instant. Published once per crossing (by the scan, in the transaction that
 * records it), for notifications and automation to react to after commit.
 */
public record SlaAtRisk(UUID ticketId, UUID organisationId, ClockKind clock, Instant atRiskAt, Instant dueAt) {}
