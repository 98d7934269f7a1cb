-- Completion looks publications up by listener and serialised event (as upstream's schema-h2.sql).
CREATE INDEX event_publication_by_listener_id_and_serialized_event_idx ON event_publication (listener_id, serialized_event);
