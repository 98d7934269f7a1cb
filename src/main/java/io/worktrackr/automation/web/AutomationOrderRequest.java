package io.worktrackr.automation.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The new order: every rule id of the organisation exactly once. */
record AutomationOrderRequest(@Nullable List<UUID> ids) {}
