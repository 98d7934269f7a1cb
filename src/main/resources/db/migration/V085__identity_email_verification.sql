-- Proven e-mail ownership (EmailVerifications). An address is verified only by a link sent to it; accounts made
-- before this migration keep working as verified (they were made when nobody checked, but locking every existing
-- person out of joining organisations would help no one), every account made from now on starts unverified.
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
UPDATE users SET email_verified_at = created_at;

-- Links that prove an address: 'verify' proves the account's own address, 'change' proves a new address the
-- account wants to move to (the change takes effect only when that link is used). Only the SHA-256 of the token
-- is stored; a link works once, until expires_at.
CREATE TABLE email_verifications (
    id         UUID                     PRIMARY KEY,
    user_id    UUID                     NOT NULL REFERENCES users (id),
    email      VARCHAR(320)             NOT NULL,
    purpose    VARCHAR(10)              NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_verifications_token_hash UNIQUE (token_hash),
    CONSTRAINT email_verifications_purpose CHECK (purpose IN ('verify', 'change'))
);
CREATE INDEX email_verifications_by_user ON email_verifications (user_id, created_at);
