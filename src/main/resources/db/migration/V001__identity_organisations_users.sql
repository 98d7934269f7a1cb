CREATE TABLE organisations (
    id          UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    name        VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- e-mail addresses are stored lower-cased, so the plain unique constraint is case-insensitive
CREATE TABLE users (
    id             UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    email          VARCHAR(320)             NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    password_hash  VARCHAR(200)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_email_unique UNIQUE (email),
    CONSTRAINT users_email_lower_case CHECK (email = LOWER(email))
);

CREATE TABLE memberships (
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    user_id         UUID                     NOT NULL REFERENCES users (id),
    role            VARCHAR(20)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NULL while the person has not accepted: someone who already has an account is invited, never enlisted
    accepted_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (organisation_id, user_id),
    CONSTRAINT memberships_role_check CHECK (role IN ('admin', 'agent'))
);
CREATE INDEX memberships_by_user ON memberships (user_id, created_at);

-- personal API tokens: only a SHA-256 of the token is stored; a token acts in one organisation
CREATE TABLE api_tokens (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id         UUID                     NOT NULL REFERENCES users (id),
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    name            VARCHAR(100)             NOT NULL,
    token_hash      VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_tokens_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
