/**
 * The append-only trail of every ticket change, comment and attachment. It listens to the tickets, conversation,
 * attachments, sla and automation modules' events inside the changing transaction (so a change and its entries
 * commit or roll back together) and nobody calls it to write.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "identity",
            "queues",
            "tickets",
            "conversation",
            "attachments",
            "sla",
            "automation"
        })
@org.jspecify.annotations.NullMarked
package io.worktrackr.activity;
