package io.worktrackr.automation.web;

import java.util.List;

/** The organisation's rules in the order they run. */
record AutomationRuleListResponse(List<AutomationRuleResponse> items) {}
