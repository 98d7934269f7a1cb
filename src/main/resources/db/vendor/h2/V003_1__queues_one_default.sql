-- H2 has no partial indexes: a generated column that is TRUE for the default and NULL otherwise,
-- and NULLs never collide in a unique index.
ALTER TABLE queues ADD COLUMN default_marker BOOLEAN GENERATED ALWAYS AS (CASE WHEN is_default THEN TRUE END);
CREATE UNIQUE INDEX queues_one_default_per_organisation ON queues (organisation_id, default_marker);
