-- The person's unread in-app entries, kept on their inbox row: every delivery and every marking read changes it
-- under the row's lock. Counting them anew, on every delivery (for the live badge) and every read of the bell, grew
-- with the unread entries of someone who never reads them.
ALTER TABLE notification_inboxes ADD COLUMN unread BIGINT NOT NULL DEFAULT 0;
UPDATE notification_inboxes
   SET unread = (SELECT COUNT(*) FROM notifications n
                  WHERE n.recipient_id = notification_inboxes.user_id
                    AND n.organisation_id = notification_inboxes.organisation_id
                    AND n.read_at IS NULL AND n.in_app = TRUE);

-- the coalescing look-up reads the person's entries begun within the window, not their whole history
CREATE INDEX notifications_recent ON notifications (recipient_id, organisation_id, first_at);
