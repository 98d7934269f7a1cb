-- After every migration run, as the migrating (owner) role: when the application connects as a role of its own
-- (spring.datasource.username, passed in as the placeholder app_role, differs from the migrating role, e.g.
-- SPRING_FLYWAY_USER), grant it what it needs and no more. Idempotent, so tables added by later migrations are
-- covered at the next start. With one role for both (the default, and the CI test database) it does nothing.
-- The application role never owns anything: it cannot ALTER, DROP or DISABLE TRIGGER, and on the append-only
-- tables it holds INSERT and SELECT only (no UPDATE, DELETE or TRUNCATE), so it cannot rewrite the trails.
DO $grants$
DECLARE
    app    TEXT := '${app_role}';
    schema TEXT := current_schema();
BEGIN
    IF app = '' OR app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA %I FROM %I', schema, app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, app);
    -- the append-only trails: the activity log with its checkpoints, and the identity audit log
    EXECUTE format('REVOKE UPDATE, DELETE ON activity_log, activity_checkpoints, activity_checkpoint_heads, audit_log FROM %I', app);
    -- migrations are the owner's business
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
END
$grants$;
