package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation's audit trail of admin actions. Every admin use case records here <em>in its own
 * transaction</em> (mandatory), so the trail can never disagree with what was done. Append-only (enforced by
 * the database on both vendors).
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_SUMMARY = 1000;

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    AuditTrail(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one action of {@code actor} in their organisation.
     *
     * @param action a stable code, e.g. {@code member.role_changed}
     * @param summary one line for people, e.g. "Changed Bob's role to admin"
     * @param details the facts (ids, old and new values), a JSON object
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String summary, Map<String, ?> details) {
        record(actor.organisationId(), actor.userId(), action, summary, details);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID organisationId, UUID actorId, String action, String summary, Map<String, ?> details) {
        String line = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
        jdbc.sql("""
                INSERT INTO audit_log (id, organisation_id, actor_id, occurred_at, action, summary, details)
                VALUES (:id, :org, :actor, :at, :action, :summary, :details)""")
                .param("id", UUID.randomUUID())
                .param("org", organisationId)
                .param("actor", actorId)
                .param("at", toDb(clock.instant()))
                .param("action", action)
                .param("summary", line)
                .param("details", JSON.writeValueAsString(new LinkedHashMap<>(details)))
                .update();
    }
}
