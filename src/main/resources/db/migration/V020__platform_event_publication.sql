-- Spring Modulith 2.0's JDBC event publication registry (schema "v2", as in spring-modulith-events-jdbc 2.0.3:
-- schemas/v2/schema-postgresql.sql and schema-h2.sql). Flyway owns it: Modulith's own schema initialisation is off.
-- One row per (event, after-commit listener), written in the publishing transaction; deleted when the listener
-- completes (spring.modulith.events.completion-mode=delete), so the table holds only outstanding work.
-- Portable types: VARCHAR without a length is unbounded on PostgreSQL (like the upstream TEXT) and 1,000,000
-- characters on H2 (upstream: 512 / 4000). The lookup index on the serialised event differs per database
-- (PostgreSQL needs a hash index: a btree entry is limited to ~2.7 kB): db/vendor/*/V020_1.
-- Modulith's SQL names the table and columns unquoted in upper case: keep them unquoted here too.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR NOT NULL,
    event_type             VARCHAR NOT NULL,
    serialized_event       VARCHAR NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
