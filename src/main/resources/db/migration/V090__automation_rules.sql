-- Automation rules (issue 13): ordered per organisation; trigger, match, conditions and actions are stored as one
-- JSON document (the rule's definition), the trigger type beside it for the time-trigger scan. Every edit bumps the
-- version and keeps the definition it replaced in automation_rule_versions (the activity log names the version
-- that acted). disabled_reason is set when the system disabled the rule (a deleted queue, a departed person).
CREATE TABLE automation_rules (
    id              UUID                     PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    name            VARCHAR(200)             NOT NULL,
    enabled         BOOLEAN                  NOT NULL,
    position        INT                      NOT NULL,
    version         INT                      NOT NULL,
    trigger_type    VARCHAR(40)              NOT NULL,
    definition      VARCHAR(20000)           NOT NULL,
    disabled_reason VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX automation_rules_by_organisation ON automation_rules (organisation_id, position);
CREATE INDEX automation_rules_by_trigger ON automation_rules (trigger_type, enabled);

CREATE TABLE automation_rule_versions (
    rule_id         UUID                     NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    version         INT                      NOT NULL,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    name            VARCHAR(200)             NOT NULL,
    definition      VARCHAR(20000)           NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (rule_id, version)
);

-- One row per time a rule acted (or was stopped) on a ticket: lastFiredAt and firedLast7Days are read from here,
-- and the breaker counts a ticket's automated changes in the last minute. claim_key is set by time triggers (the
-- ticket, the rule version and the instant the firing condition began): the unique constraint makes a time rule
-- fire once per ticket per condition period even with several nodes scanning at once.
CREATE TABLE automation_firings (
    id              UUID                     PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    rule_id         UUID                     NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    rule_version    INT                      NOT NULL,
    ticket_id       UUID                     NOT NULL REFERENCES tickets (id),
    fired_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome         VARCHAR(40)              NOT NULL,
    claim_key       VARCHAR(200),
    CONSTRAINT automation_firings_claim UNIQUE (rule_id, claim_key)
);
CREATE INDEX automation_firings_by_rule ON automation_firings (rule_id, fired_at);
CREATE INDEX automation_firings_by_ticket ON automation_firings (ticket_id, fired_at);

-- Round-robin position per queue: the row is locked (FOR UPDATE) while the next assignee is picked, so concurrent
-- creations take turns instead of both picking the same agent.
CREATE TABLE automation_queue_cursors (
    queue_id        UUID                     PRIMARY KEY REFERENCES queues (id),
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    last_user_id    UUID,
    turns           BIGINT                   NOT NULL
);

-- A rule paused for one ticket by the breaker (too many automated changes of that ticket in a minute).
CREATE TABLE automation_paused (
    rule_id         UUID                     NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    ticket_id       UUID                     NOT NULL REFERENCES tickets (id),
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    paused_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (rule_id, ticket_id)
);
