package io.worktrackr.tickets;

/**
 * Renders a ticket's description (Markdown) to safe HTML with the very renderer and sanitiser comments use.
 * Implemented by the conversation module (which depends on tickets, never the other way round); without an
 * implementation the description is shown as escaped text.
 */
public interface TicketTextRenderer {

    /** Sanitised HTML of the Markdown text. */
    String toHtml(String markdown);
}
