package io.worktrackr.sla;

import java.util.UUID;

/** A named business calendar of an organisation. */
public record SlaCalendar(UUID id, UUID organisationId, String name, BusinessCalendar calendar, long version) {}
