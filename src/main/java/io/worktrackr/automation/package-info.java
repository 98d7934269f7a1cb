/**
 * Workflow automation: ordered rules per organisation (a trigger, conditions matched all-of or any-of, actions),
 * run after the triggering change commits (tickets', the conversation's and the SLA's events) or from a scheduled
 * scan for time triggers, and a dry-run that replays recent history without writing. Rules change tickets only
 * through {@link io.worktrackr.tickets.TicketManagement} as the system (no person), with the rule and the cause
 * chain recorded on each change, and add notes in the rule's own name through
 * {@link io.worktrackr.conversation.CommentManagement}; notifications listen to
 * {@link io.worktrackr.automation.AutomationAlert}, the activity trail to {@link io.worktrackr.automation.AutomationStopped}
 * (loop protection cut a chain or paused a rule for a ticket).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "identity", "queues", "tickets", "conversation", "sla"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.automation;
