package io.worktrackr.automation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rule asks to tell people about a ticket (its notify action), or the breaker paused a rule for a ticket and
 * tells the admins. Published inside the rule's transaction; the notifications module turns it into in-app
 * notifications after commit. {@code source} identifies this alert (a redelivered event changes nothing).
 */
public record AutomationAlert(
        UUID organisationId,
        UUID ticketId,
        List<UUID> recipients,
        UUID ruleId,
        String ruleName,
        String message,
        String source,
        Instant at) {}
