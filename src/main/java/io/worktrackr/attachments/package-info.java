/**
 * Files on tickets and comments: streamed uploads with size and count limits, SHA-256, sanitised names,
 * content types sniffed from the bytes, downloads that never let the browser render a hostile file, and the
 * {@link io.worktrackr.attachments.AttachmentStore} behind which the bytes live (local disk or S3-compatible).
 * Access is exactly the ticket's ({@link io.worktrackr.tickets.TicketAccess}). Publishes
 * {@link io.worktrackr.attachments.AttachmentAdded} inside the recording transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "tickets"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.attachments;
