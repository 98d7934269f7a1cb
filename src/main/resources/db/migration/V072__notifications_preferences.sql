-- Per person and kind: in the app or not, and e-mail off / at once / in the daily digest. A missing row means the
-- defaults (NotificationPreferences.DEFAULTS). The person's digest hour and time zone live here until a person
-- has a time zone of their own (identity), which then should replace time_zone.
CREATE TABLE notification_preferences (
    user_id UUID        NOT NULL REFERENCES users (id),
    kind    VARCHAR(30) NOT NULL,
    in_app  BOOLEAN     NOT NULL,
    email   VARCHAR(12) NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT notification_preferences_email_check CHECK (email IN ('off', 'immediately', 'daily'))
);

CREATE TABLE notification_digests (
    user_id        UUID        NOT NULL PRIMARY KEY REFERENCES users (id),
    digest_hour    INTEGER     NOT NULL,
    time_zone      VARCHAR(64) NOT NULL,
    -- the digest slot (an instant) covered last: the next digest covers what came after it
    last_digest_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_digests_hour_check CHECK (digest_hour BETWEEN 0 AND 23)
);

-- an entry the person does not want in the app (but by e-mail): kept for the e-mail, never listed or counted
ALTER TABLE notifications ADD COLUMN in_app BOOLEAN DEFAULT TRUE NOT NULL;

-- a daily digest: one e-mail for the person's entries of one organisation in (digest_from, digest_to]
ALTER TABLE notification_emails ADD COLUMN digest_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification_emails ADD COLUMN digest_to TIMESTAMP WITH TIME ZONE;
