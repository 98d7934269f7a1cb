-- A comment's notifications are now written in the comment's own transaction (NotificationFanout), so the after-commit
-- listeners "notifications.comment-posted", "-edited" and "-redacted" no longer exist. A publication still waiting
-- for one of them (its node stopped before delivering it) would be resubmitted every minute to a listener that is not
-- there and logged as an error each time. Nothing can deliver it any more: it goes. At most the notifications of the
-- comments a node was delivering when it stopped before this upgrade are lost; the comments themselves stand.
DELETE FROM event_publication
 WHERE listener_id IN ('notifications.comment-posted', 'notifications.comment-edited', 'notifications.comment-redacted');
