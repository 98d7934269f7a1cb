package io.worktrackr.identity;

import java.util.Map;
import java.util.UUID;

/**
 * How many active tickets each person is assigned. Implemented by the tickets module (which owns "active"), so
 * that identity need not depend on tickets; one read for a whole page of members.
 */
public interface AssignedWork {

    Map<UUID, Long> activeTicketsPerAssignee(UUID organisationId);
}
