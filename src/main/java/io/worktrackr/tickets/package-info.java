/**
 * The ticket aggregate: lifecycle, numbering, assignment, views and their counts, bulk update.
 * Publishes {@link io.worktrackr.tickets.TicketCreated} and {@link io.worktrackr.tickets.TicketChanged} inside
 * the changing transaction; {@link io.worktrackr.tickets.TicketAccess} is the only permission check others use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "queues"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.tickets;
