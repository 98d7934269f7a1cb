/**
 * Notifications: an in-app inbox per person and organisation, filled after commit from the events other modules
 * publish (tickets' {@link io.worktrackr.tickets.TicketCreated} and {@link io.worktrackr.tickets.TicketChanged},
 * the conversation's comment events, automation's {@link io.worktrackr.automation.AutomationAlert}). Several events for one person and ticket within a short window coalesce
 * into one entry, and so does one actor's bulk assignment. No other module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "identity", "tickets", "conversation", "sla", "automation"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.notifications;
