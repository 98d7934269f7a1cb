package io.worktrackr.automation;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores rules, their versions and firings. Every query names the organisation (or the rule, found by it). */
@Repository
class RuleRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLUMNS = "id, organisation_id, name, enabled, position, version, definition, "
            + "disabled_reason, created_at, updated_at";

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static AutomationRule map(ResultSet rs, int row) throws SQLException {
        RuleDraft draft = JSON.readValue(rs.getString("definition"), RuleDraft.class);
        return new AutomationRule(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                rs.getBoolean("enabled"),
                rs.getInt("position"),
                rs.getInt("version"),
                draft,
                RuleChecker.read(draft),
                rs.getString("disabled_reason"),
                fromDb(rs, "created_at"),
                fromDb(rs, "updated_at"));
    }

    /** The stored form: the definition without name and enabled (columns of their own). */
    static String definitionJson(RuleDraft draft) {
        return JSON.writeValueAsString(
                new RuleDraft(null, null, draft.trigger(), draft.match(), draft.conditions(), draft.actions()));
    }

    List<AutomationRule> all(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_rules WHERE organisation_id = :org "
                        + "ORDER BY position, created_at, id")
                .param("org", organisationId)
                .query(RuleRepository::map)
                .list();
    }

    /** The enabled rules of these trigger types, in order. */
    List<AutomationRule> enabled(UUID organisationId, Collection<TriggerType> types) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_rules WHERE organisation_id = :org AND enabled = TRUE "
                        + "AND trigger_type IN (:types) ORDER BY position, created_at, id")
                .param("org", organisationId)
                .param("types", types.stream().map(TriggerType::code).toList())
                .query(RuleRepository::map)
                .list();
    }

    /** Whether the organisation has an enabled rule of this trigger type (one short index read, nothing parsed). */
    boolean anyEnabled(UUID organisationId, TriggerType type) {
        return jdbc.sql("SELECT 1 FROM automation_rules WHERE organisation_id = :org AND enabled = TRUE "
                        + "AND trigger_type = :type FETCH FIRST 1 ROWS ONLY")
                .param("org", organisationId)
                .param("type", type.code())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** Every enabled rule of these trigger types, across organisations (the time-trigger scan). */
    List<AutomationRule> enabledEverywhere(Collection<TriggerType> types) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM automation_rules WHERE enabled = TRUE AND trigger_type IN (:types) "
                        + "ORDER BY organisation_id, position, created_at, id")
                .param("types", types.stream().map(TriggerType::code).toList())
                .query(RuleRepository::map)
                .list();
    }

    Optional<AutomationRule> find(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_rules WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(RuleRepository::map)
                .optional();
    }

    Optional<AutomationRule> findForUpdate(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_rules WHERE organisation_id = :org AND id = :id "
                        + "FOR UPDATE")
                .param("org", organisationId)
                .param("id", id)
                .query(RuleRepository::map)
                .optional();
    }

    void insert(
            UUID id,
            UUID organisationId,
            String name,
            boolean enabled,
            int position,
            RuleDraft draft,
            TriggerType trigger,
            Instant now) {
        String definition = definitionJson(draft);
        jdbc.sql("""
                INSERT INTO automation_rules (id, organisation_id, name, enabled, position, version, trigger_type,
                                              definition, disabled_reason, created_at, updated_at)
                VALUES (:id, :org, :name, :enabled, :position, 1, :trigger, :definition, NULL, :now, :now)""")
                .param("id", id)
                .param("org", organisationId)
                .param("name", name)
                .param("enabled", enabled)
                .param("position", position)
                .param("trigger", trigger.code())
                .param("definition", definition)
                .param("now", toDb(now))
                .update();
        insertVersion(id, 1, organisationId, name, definition, now);
    }

    /** Replaces the rule if still at {@code version}; the new version is version + 1. False when stale. */
    boolean update(
            UUID organisationId,
            UUID id,
            int version,
            String name,
            boolean enabled,
            RuleDraft draft,
            TriggerType trigger,
            Instant now) {
        String definition = definitionJson(draft);
        boolean updated = jdbc.sql("""
                        UPDATE automation_rules SET name = :name, enabled = :enabled, trigger_type = :trigger,
                               definition = :definition, disabled_reason = NULL, version = version + 1,
                               updated_at = :now
                        WHERE organisation_id = :org AND id = :id AND version = :version""")
                        .param("name", name)
                        .param("enabled", enabled)
                        .param("trigger", trigger.code())
                        .param("definition", definition)
                        .param("now", toDb(now))
                        .param("org", organisationId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
        if (updated) {
            insertVersion(id, version + 1, organisationId, name, definition, now);
        }
        return updated;
    }

    private void insertVersion(UUID id, int version, UUID organisationId, String name, String definition, Instant now) {
        jdbc.sql("""
                INSERT INTO automation_rule_versions (rule_id, version, organisation_id, name, definition, created_at)
                VALUES (:id, :version, :org, :name, :definition, :now)""")
                .param("id", id)
                .param("version", version)
                .param("org", organisationId)
                .param("name", name)
                .param("definition", definition)
                .param("now", toDb(now))
                .update();
    }

    /** The system turns a rule off (not an admin's edit: the version stays). */
    void disable(UUID organisationId, UUID id, String reason, Instant now) {
        jdbc.sql("UPDATE automation_rules SET enabled = FALSE, disabled_reason = :reason, updated_at = :now "
                        + "WHERE organisation_id = :org AND id = :id")
                .param("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .param("now", toDb(now))
                .param("org", organisationId)
                .param("id", id)
                .update();
    }

    void move(UUID organisationId, UUID id, int position) {
        jdbc.sql("UPDATE automation_rules SET position = :position WHERE organisation_id = :org AND id = :id")
                .param("position", position)
                .param("org", organisationId)
                .param("id", id)
                .update();
    }

    void delete(UUID organisationId, UUID id) {
        jdbc.sql("DELETE FROM automation_rules WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .update();
    }

    /** Locks the organisation's rules (reorder and create take turns). */
    void lockAll(UUID organisationId) {
        jdbc.sql("SELECT id FROM automation_rules WHERE organisation_id = :org FOR UPDATE")
                .param("org", organisationId)
                .query(UUID.class)
                .list();
    }

    // firings

    /** Records a firing; with a claim key, false when that claim was already taken (by this or another node). */
    boolean recordFiring(
            UUID organisationId,
            UUID ruleId,
            int ruleVersion,
            UUID ticketId,
            Instant at,
            String outcome,
            @Nullable String claimKey,
            @Nullable Instant claimSince) {
        if (claimKey != null) {
            Integer taken = jdbc.sql(
                            "SELECT COUNT(*) FROM automation_firings WHERE rule_id = :rule AND claim_key = :key")
                    .param("rule", ruleId)
                    .param("key", claimKey)
                    .query(Integer.class)
                    .single();
            if (taken > 0) {
                return false;
            }
        }
        jdbc.sql("""
                INSERT INTO automation_firings (id, organisation_id, rule_id, rule_version, ticket_id, fired_at, outcome,
                                                claim_key, claim_since)
                VALUES (:id, :org, :rule, :version, :ticket, :at, :outcome, :key, :since)""")
                .param("since", toDb(claimSince))
                .param("id", UUID.randomUUID())
                .param("org", organisationId)
                .param("rule", ruleId)
                .param("version", ruleVersion)
                .param("ticket", ticketId)
                .param("at", toDb(at))
                .param("outcome", outcome)
                .param("key", claimKey)
                .update();
        return true;
    }

    /** Last firing and firings since {@code since}, per rule of the organisation (rules that never fired absent). */
    Map<UUID, RuleStats> stats(UUID organisationId, Instant since) {
        Map<UUID, RuleStats> stats = new HashMap<>();
        jdbc.sql("""
                SELECT rule_id, MAX(fired_at) AS last_fired_at,
                       SUM(CASE WHEN fired_at >= :since THEN 1 ELSE 0 END) AS recent
                FROM automation_firings WHERE organisation_id = :org AND outcome = 'applied' GROUP BY rule_id""").param("org", organisationId).param("since", toDb(since)).query(rs -> {
            stats.put(
                    rs.getObject("rule_id", UUID.class),
                    new RuleStats(fromDb(rs, "last_fired_at"), rs.getInt("recent")));
        });
        return stats;
    }

    /** How many automated changes this ticket had since {@code since} (the breaker's count). */
    int changesOf(UUID ticketId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_firings WHERE ticket_id = :ticket AND fired_at >= :since "
                        + "AND outcome = 'applied'")
                .param("ticket", ticketId)
                .param("since", toDb(since))
                .query(Integer.class)
                .single();
    }

    boolean paused(UUID ruleId, UUID ticketId) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_paused WHERE rule_id = :rule AND ticket_id = :ticket")
                        .param("rule", ruleId)
                        .param("ticket", ticketId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Pauses the rule for the ticket; false if it already was paused. */
    boolean pause(UUID organisationId, UUID ruleId, UUID ticketId, Instant now) {
        if (paused(ruleId, ticketId)) {
            return false;
        }
        jdbc.sql("INSERT INTO automation_paused (rule_id, ticket_id, organisation_id, paused_at) "
                        + "VALUES (:rule, :ticket, :org, :now)")
                .param("rule", ruleId)
                .param("ticket", ticketId)
                .param("org", organisationId)
                .param("now", toDb(now))
                .update();
        return true;
    }
}
