/**
 * A ticket's conversation: public replies and internal notes, their Markdown rendered to sanitised HTML,
 * edits (the replaced text is kept), redactions by admins, and {@code @mentions} of members. Publishes
 * {@link io.worktrackr.conversation.CommentPosted}, {@link io.worktrackr.conversation.CommentEdited} and
 * {@link io.worktrackr.conversation.CommentRedacted} inside the changing transaction. Uses
 * {@link io.worktrackr.tickets.TicketAccess} for every permission check and stamps the ticket's first response
 * through {@link io.worktrackr.tickets.TicketManagement}; reads tickets only as
 * {@link io.worktrackr.tickets.TicketSummary}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "tickets"})
@org.jspecify.annotations.NullMarked
package io.worktrackr.conversation;
