-- Sign-in attempts per e-mail address and per client address (SignInThrottle): one row per key, locked while an
-- attempt is reserved, so the limit holds for parallel guesses on any number of nodes. Replaces login_failures,
-- which counted failures after the fact (60 parallel guesses were all evaluated).
CREATE TABLE sign_in_throttle (
    throttle_key      VARCHAR(400)             PRIMARY KEY,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts          INTEGER                  NOT NULL,
    next_allowed_at   TIMESTAMP WITH TIME ZONE
);
DROP TABLE login_failures;
