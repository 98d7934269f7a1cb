-- Sidebar order of the queues (admins reorder them) and queue members (the agents who work a queue).
ALTER TABLE queues ADD COLUMN sidebar_position INT DEFAULT 0 NOT NULL;
-- existing queues keep the order they were shown in (by name)
UPDATE queues SET sidebar_position = (
    SELECT COUNT(*) FROM queues o
    WHERE o.organisation_id = queues.organisation_id
      AND (LOWER(o.name) < LOWER(queues.name) OR (LOWER(o.name) = LOWER(queues.name) AND o.id < queues.id)));

CREATE TABLE queue_members (
    queue_id        UUID                     NOT NULL REFERENCES queues (id),
    user_id         UUID                     NOT NULL REFERENCES users (id),
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (queue_id, user_id)
);
CREATE INDEX queue_members_by_user ON queue_members (organisation_id, user_id);
