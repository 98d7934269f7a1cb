-- The in-app inbox. One row per person and organisation in notification_inboxes: its lock serialises the
-- deliveries to that person (so coalescing never races) and last_seq numbers their notifications. A
-- notification is one entry of the inbox: one ticket (or, for a bulk assignment, the tickets one actor assigned in
-- one go); it collects the events that coalesced into it as notification_items. seq orders the inbox (newest
-- activity first): an entry that takes in another event gets the next seq, so "read all up to X" leaves it unread.
CREATE TABLE notification_inboxes (
    user_id         UUID   NOT NULL REFERENCES users (id),
    organisation_id UUID   NOT NULL REFERENCES organisations (id),
    last_seq        BIGINT NOT NULL,
    PRIMARY KEY (user_id, organisation_id)
);

CREATE TABLE notifications (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    recipient_id    UUID                     NOT NULL REFERENCES users (id),
    seq             BIGINT                   NOT NULL,
    kind            VARCHAR(30)              NOT NULL,
    ticket_id       UUID                     NOT NULL REFERENCES tickets (id),
    ticket_count    INTEGER                  NOT NULL,
    -- set on assignments: one actor's bulk assignment shares one instant, and merges into one entry
    batch_actor_id  UUID,
    batch_at        TIMESTAMP WITH TIME ZONE,
    first_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_actor_id   UUID,
    read_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_seq_unique UNIQUE (recipient_id, organisation_id, seq)
);
CREATE INDEX notifications_by_ticket ON notifications (recipient_id, ticket_id);

-- what happened, one row per event and recipient: (recipient, kind, source) is unique, which makes a delivery
-- that the event publication registry repeats change nothing
CREATE TABLE notification_items (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    notification_id UUID                     NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    recipient_id    UUID                     NOT NULL REFERENCES users (id),
    kind            VARCHAR(30)              NOT NULL,
    source          VARCHAR(120)             NOT NULL,
    ticket_id       UUID                     NOT NULL REFERENCES tickets (id),
    actor_id        UUID,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_items_once UNIQUE (recipient_id, kind, source)
);
CREATE INDEX notification_items_by_notification ON notification_items (notification_id);
CREATE INDEX notification_items_by_source ON notification_items (source);
