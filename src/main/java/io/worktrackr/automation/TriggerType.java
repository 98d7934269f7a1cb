package io.worktrackr.automation;

/** What starts a rule: an event of another module, or (the last three) time passing, found by the scan. */
public enum TriggerType {
    TICKET_CREATED,
    TICKET_CHANGED,
    COMMENT_ADDED,
    SLA_AT_RISK,
    SLA_BREACHED,
    TIME_IN_STATUS,
    UNASSIGNED_FOR,
    NO_AGENT_REPLY_FOR;

    public String code() {
        return Codes.of(this);
    }

    public boolean timeBased() {
        return this == TIME_IN_STATUS || this == UNASSIGNED_FOR || this == NO_AGENT_REPLY_FOR;
    }
}
