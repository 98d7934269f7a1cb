/**
 * Service level agreements: policies, business calendars, the first-response and resolution clocks of every
 * ticket, their due and at-risk instants, and the scan that records each at-risk and breach crossing once. It
 * follows the tickets' and the conversation's events; the tickets module never depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "identity", "queues", "tickets", "conversation"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.sla;
