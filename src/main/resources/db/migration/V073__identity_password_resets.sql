-- "Forgot password" links (PasswordResets): only the SHA-256 of the token is stored; a link works once, for an
-- hour. Requesting a new link does not revoke older ones (each still expires within the hour; using any one
-- ends every session and sets the password).
CREATE TABLE password_resets (
    id         UUID                     PRIMARY KEY,
    user_id    UUID                     NOT NULL REFERENCES users (id),
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT password_resets_token_hash UNIQUE (token_hash)
);
CREATE INDEX password_resets_by_user ON password_resets (user_id, created_at);

-- Requests for reset links per e-mail address and per client address in a fixed window (PasswordResetThrottle),
-- one row per key, locked while a request is counted.
CREATE TABLE password_reset_throttle (
    throttle_key      VARCHAR(400)             PRIMARY KEY,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    requests          INTEGER                  NOT NULL
);
