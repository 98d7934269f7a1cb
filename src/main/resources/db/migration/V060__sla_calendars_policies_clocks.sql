-- Business calendars: a time zone, weekly hours ("1 09:00-17:00;1 18:00-20:00;…", ISO day 1 = Monday; several
-- intervals a day allowed) and dated holidays ("2026-12-25,2026-12-26", whole days in the calendar's zone).
CREATE TABLE sla_calendars (
    id              UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES organisations (id),
    name            VARCHAR(100)             NOT NULL,
    time_zone       VARCHAR(64)              NOT NULL,
    hours           VARCHAR(2000)            NOT NULL,
    holidays        VARCHAR(20000)           NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sla_calendars_by_organisation ON sla_calendars (organisation_id);

-- Ordered policies: the first whose match (queues and priorities, empty = any) takes a ticket applies.
-- Targets are business minutes per priority; a ticket is at risk when the business time left is at most
-- max(at_risk_percent % of the target, at_risk_floor_minutes).
CREATE TABLE sla_policies (
    id                      UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    organisation_id         UUID                     NOT NULL REFERENCES organisations (id),
    name                    VARCHAR(100)             NOT NULL,
    position                INT                      NOT NULL,
    calendar_id             UUID                     NOT NULL REFERENCES sla_calendars (id),
    match_queue_ids         VARCHAR(4000)            NOT NULL,
    match_priorities        VARCHAR(100)             NOT NULL,
    first_response_urgent   INT                      NOT NULL,
    first_response_high     INT                      NOT NULL,
    first_response_medium   INT                      NOT NULL,
    first_response_low      INT                      NOT NULL,
    resolution_urgent       INT                      NOT NULL,
    resolution_high         INT                      NOT NULL,
    resolution_medium       INT                      NOT NULL,
    resolution_low          INT                      NOT NULL,
    at_risk_percent         INT                      NOT NULL,
    at_risk_floor_minutes   INT                      NOT NULL,
    version                 BIGINT                   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sla_policies_by_organisation ON sla_policies (organisation_id, position);

-- A ticket's two clocks. used_ms is the business time used up to "since" (the instant the clock last started
-- running; null while paused or met). due_at / at_risk_at are kept while running (and while paused, for the
-- record); the ticket's own sla_due_at / sla_at_risk_at hold the nearest of its running clocks for the views.
-- at_risk_recorded / breach_recorded: the scan recorded that crossing (reset when a change moves it ahead again).
CREATE TABLE sla_clocks (
    ticket_id        UUID                     NOT NULL REFERENCES tickets (id),
    kind             VARCHAR(20)              NOT NULL,
    organisation_id  UUID                     NOT NULL REFERENCES organisations (id),
    policy_id        UUID                     NOT NULL REFERENCES sla_policies (id),
    target_minutes   INT                      NOT NULL,
    threshold_minutes INT                     NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(10)              NOT NULL,
    used_ms          BIGINT                   NOT NULL,
    since            TIMESTAMP WITH TIME ZONE,
    due_at           TIMESTAMP WITH TIME ZONE,
    at_risk_at       TIMESTAMP WITH TIME ZONE,
    met_at           TIMESTAMP WITH TIME ZONE,
    breached_at      TIMESTAMP WITH TIME ZONE,
    at_risk_recorded BOOLEAN                  NOT NULL,
    breach_recorded  BOOLEAN                  NOT NULL,
    PRIMARY KEY (ticket_id, kind),
    CONSTRAINT sla_clocks_kind_check CHECK (kind IN ('first_response', 'resolution')),
    CONSTRAINT sla_clocks_state_check CHECK (state IN ('running', 'paused', 'met'))
);

-- Why a ticket's clocks stood still: pending (waiting on the requester) or stopped (resolved/closed until a
-- reopen). resumed_at is null while it lasts. The explanation of a due time is built from these.
CREATE TABLE sla_pauses (
    id         UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    ticket_id  UUID                     NOT NULL REFERENCES tickets (id),
    reason     VARCHAR(10)              NOT NULL,
    paused_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    resumed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sla_pauses_reason_check CHECK (reason IN ('pending', 'stopped'))
);
CREATE INDEX sla_pauses_by_ticket ON sla_pauses (ticket_id, paused_at);

-- Every existing organisation gets the default calendar (Monday–Friday 09:00–17:00 UTC) and default policy
-- (first response / resolution in business minutes: urgent 1 h / 4 h, high 4 h / 1 day, medium 8 h / 3 days,
-- low 1 day / 5 days, a business day being 8 hours); new organisations get them from SlaDefaults.
INSERT INTO sla_calendars (id, organisation_id, name, time_zone, hours, holidays, version, created_at)
SELECT gen_random_uuid(), o.id, 'Business hours', 'UTC',
       '1 09:00-17:00;2 09:00-17:00;3 09:00-17:00;4 09:00-17:00;5 09:00-17:00', '', 0, CURRENT_TIMESTAMP
FROM organisations o;
INSERT INTO sla_policies (id, organisation_id, name, position, calendar_id, match_queue_ids, match_priorities,
                          first_response_urgent, first_response_high, first_response_medium, first_response_low,
                          resolution_urgent, resolution_high, resolution_medium, resolution_low,
                          at_risk_percent, at_risk_floor_minutes, version, created_at)
SELECT gen_random_uuid(), c.organisation_id, 'Default', 0, c.id, '', '',
       60, 240, 480, 480, 240, 480, 1440, 2400, 25, 15, 0, CURRENT_TIMESTAMP
FROM sla_calendars c;
