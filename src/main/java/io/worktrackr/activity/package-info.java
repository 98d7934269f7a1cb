/**
 * The append-only trail of every ticket change. It listens to the tickets module's events inside the changing
 * transaction (so a change and its entries commit or roll back together) and nobody calls it to write.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "queues", "tickets"})
package io.worktrackr.activity;
