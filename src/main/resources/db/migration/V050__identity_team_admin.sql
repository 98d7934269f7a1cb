-- Team administration (issue 9): organisation and personal settings, deactivated members, invitations by
-- one-time link, and the sessions that were ended on purpose (so the web app can say "signed out elsewhere").
ALTER TABLE organisations ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;

ALTER TABLE users ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
-- the avatar initials colour, #rrggbb; NULL: the web app picks one from the name
ALTER TABLE users ADD COLUMN colour VARCHAR(7);
-- the last sign-in or API token use (tokens record use at most once a minute)
ALTER TABLE users ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;

-- a deactivated member keeps the membership row (their tickets stay assigned) but cannot act in the organisation
ALTER TABLE memberships ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;

-- invitations by one-time link: only a SHA-256 of the link's token is stored
CREATE TABLE invitations (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    email           VARCHAR(320)             NOT NULL,
    role            VARCHAR(20)              NOT NULL,
    token_hash      VARCHAR(64)              NOT NULL,
    invited_by      UUID                     NOT NULL REFERENCES users (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invitations_token_unique UNIQUE (token_hash),
    CONSTRAINT invitations_role_check CHECK (role IN ('admin', 'agent')),
    CONSTRAINT invitations_email_lower_case CHECK (email = LOWER(email))
);
CREATE INDEX invitations_by_organisation ON invitations (organisation_id, created_at);

-- browser sessions ended by a password change, a sign-out elsewhere or a deactivation: the SHA-256 of the
-- session id, kept for a day, so that a request with such a session answers 401 session-ended
CREATE TABLE ended_sessions (
    session_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    ended_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ended_sessions_by_time ON ended_sessions (ended_at);
