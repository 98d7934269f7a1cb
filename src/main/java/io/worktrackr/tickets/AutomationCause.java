package io.worktrackr.tickets;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Why the system changed a ticket: the automation rule (at the version that acted) and the human cause chain
 * ({@code because #12 was created}, {@code because rule “Triage” assigned it}). {@code depth} is the length of the
 * chain of automated changes this one ends (1 = a rule reacting to a person's change or to time), so a chain of
 * rules reacting to each other can be cut off. {@code causedBy} is the person whose change started the chain (null
 * when time or an SLA clock did, and in events recorded before it existed): a reaction that spares the actor of a
 * change ("nobody is told about their own action") spares them here too.
 */
public record AutomationCause(
        UUID ruleId,
        String ruleName,
        int ruleVersion,
        String because,
        int depth,
        @Nullable UUID causedBy) {}
