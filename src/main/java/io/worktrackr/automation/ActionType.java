package io.worktrackr.automation;

/** What a rule does to the ticket, in the order the rule lists its actions. */
public enum ActionType {
    SET_STATUS,
    SET_PRIORITY,
    SET_QUEUE,
    ASSIGN,
    ASSIGN_ROUND_ROBIN,
    ASSIGN_LEAST_LOADED,
    UNASSIGN,
    ADD_NOTE,
    NOTIFY;

    public String code() {
        return Codes.of(this);
    }
}
