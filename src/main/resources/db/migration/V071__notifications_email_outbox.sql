-- The e-mail outbox. A row is written in the same transaction as the notification that causes it (so nothing
-- is sent for a change that did not happen, and nothing is lost while the SMTP server is down); the sender job
-- claims due rows with FOR UPDATE SKIP LOCKED, sends, and marks them sent. next_attempt_at is both the backoff
-- after a failure and the lease of a claim (a node that dies while sending leaves the row due again later).
-- A notification has at most one e-mail (its body is rendered when it goes out, with everything that coalesced
-- into the notification until then).
CREATE TABLE notification_emails (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    recipient_id    UUID                     NOT NULL REFERENCES users (id),
    notification_id UUID,
    status          VARCHAR(20)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER                  NOT NULL,
    to_address      VARCHAR(320),
    subject         VARCHAR(500),
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_emails_one_per_notification UNIQUE (notification_id),
    CONSTRAINT notification_emails_status_check CHECK (status IN ('pending', 'sent', 'failed', 'cancelled'))
);
CREATE INDEX notification_emails_due ON notification_emails (status, next_attempt_at);
CREATE INDEX notification_emails_by_organisation ON notification_emails (organisation_id, created_at);
