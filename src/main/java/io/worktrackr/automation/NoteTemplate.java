package io.worktrackr.automation;

/** An add_note action's text with its placeholders filled in. */
final class NoteTemplate {

    private NoteTemplate() {}

    static String render(String template, TicketState ticket, AutomationRule rule) {
        return render(template, ticket, rule.name());
    }

    static String render(String template, TicketState ticket, String ruleName) {
        return template.replace("{{ticket.number}}", "#" + ticket.number())
                .replace("{{ticket.title}}", ticket.title())
                .replace("{{ticket.status}}", ticket.status().label())
                .replace("{{ticket.priority}}", ticket.priority().label())
                .replace("{{rule.name}}", ruleName);
    }
}
