-- Failed sign-ins per e-mail address, kept for the throttle window only (SignInThrottle), shared by all nodes.
CREATE TABLE login_failures (
    id        UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    email     VARCHAR(320)             NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures (email, failed_at);
