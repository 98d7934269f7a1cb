package io.worktrackr.automation;

/** What a condition looks at. */
public enum ConditionField {
    STATUS,
    PRIORITY,
    QUEUE,
    ASSIGNEE,
    TITLE,
    DESCRIPTION,
    CREATED,
    UPDATED,
    ACTOR;

    public String code() {
        return Codes.of(this);
    }
}
