package io.worktrackr.notifications;

import java.util.UUID;

/**
 * Published inside the delivering transaction when a person's in-app inbox got a new entry or an entry took in
 * another event; {@code unreadCount} is their unread count in that organisation as of that transaction. For live
 * updates of the notification bell (a synchronous listener that pushes after commit); not a reaction trigger.
 */
public record NotificationArrived(UUID organisationId, UUID recipientId, long unreadCount) {}
