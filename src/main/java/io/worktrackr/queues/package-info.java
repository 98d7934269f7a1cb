/**
 * Team queues (General, Billing, …): the default set of a new organisation, the default queue, and queue
 * administration. Ticket counts per queue come from the tickets module through {@link io.worktrackr.queues.QueueLoad}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.queues;
