package io.worktrackr.automation;

/** How a condition compares. Which operators a field takes is checked in {@link RuleChecker}. */
public enum ConditionOperator {
    IS,
    IS_NOT,
    IS_NOBODY,
    MEMBER_OF,
    CONTAINS,
    MORE_THAN_HOURS_AGO,
    LESS_THAN_HOURS_AGO;

    public String code() {
        return Codes.of(this);
    }
}
