package io.worktrackr.notifications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a notification is about. The codes are stored and part of the API: add kinds, never rename. */
public enum NotificationKind {
    /** A ticket was assigned to the recipient (by someone else). */
    ASSIGNED,
    /** The recipient was @mentioned in a reply or internal note. */
    MENTIONED,
    /** A public reply on a ticket assigned to the recipient. */
    REPLIED,
    /** An internal note on a ticket assigned to the recipient. */
    NOTED,
    /** A resolved or closed ticket assigned to the recipient was reopened. */
    REOPENED,
    /** A ticket's SLA is about to be breached (the assignee, or the admins when nobody is assigned). */
    SLA_AT_RISK,
    /** A ticket's SLA was breached (the assignee, or the admins when nobody is assigned). */
    SLA_BREACHED,
    /** An automation rule's notify action named the recipient (or the admins), or the breaker paused a rule. */
    AUTOMATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NotificationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** What the actor did, as the part of a summary that follows their name. */
    String phrase(int tickets) {
        return switch (this) {
            case ASSIGNED -> tickets == 1 ? "assigned it to you" : "assigned " + tickets + " tickets to you";
            case MENTIONED -> "mentioned you";
            case REPLIED -> "replied";
            case NOTED -> "added an internal note";
            case REOPENED -> "reopened it";
            case SLA_AT_RISK -> "SLA at risk";
            case SLA_BREACHED -> "SLA breached";
            case AUTOMATION -> "automation";
        };
    }
}
