package io.worktrackr.automation.web;

import java.util.List;

/** What a rule would have done over the window: the first 100 firings in order, and how many in all. */
record AutomationDryRunResponse(
        int days, int eventsReplayed, int fired, List<AutomationDryRunItemResponse> items, boolean truncated) {}
