/**
 * Demo data for the zero-set-up start: the "Demo Support" organisation with three people and about forty
 * tickets (in every SLA state) and two enabled automation rules, created only through the public use cases of the other modules.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "identity", "queues", "tickets", "sla", "automation"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.demo;
