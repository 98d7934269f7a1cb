-- Direct e-mails in the outbox (a password-reset link, an invitation link): rendered when queued, in the
-- transaction that creates the link, so no link is lost and none is sent for a request that rolled back. They
-- have no notification; a password reset belongs to no organisation, an invitation's invitee may have no
-- account yet. The body carries a secret link: it is blanked once the e-mail is sent, given up or cancelled,
-- and an e-mail still pending at send_before (the link has expired) is cancelled instead of sent.
ALTER TABLE notification_emails ALTER COLUMN organisation_id DROP NOT NULL;
ALTER TABLE notification_emails ALTER COLUMN recipient_id DROP NOT NULL;
ALTER TABLE notification_emails ADD COLUMN purpose VARCHAR(40);
ALTER TABLE notification_emails ADD COLUMN body_text VARCHAR(20000);
ALTER TABLE notification_emails ADD COLUMN body_html VARCHAR(40000);
ALTER TABLE notification_emails ADD COLUMN send_before TIMESTAMP WITH TIME ZONE;
