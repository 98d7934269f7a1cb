-- Completion looks publications up by listener and serialised event (as upstream's schema-postgresql.sql).
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
