package io.worktrackr.sla;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Databases;
import io.worktrackr.sla.BusinessCalendar.Hours;
import io.worktrackr.tickets.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores calendars, policies, clocks and pauses. Every query is scoped by organisation or by a ticket's clocks. */
@Repository
class SlaRepository {

    private static final String POLICY_COLUMNS = "id, organisation_id, name, position, calendar_id, match_queue_ids, "
            + "match_priorities, first_response_urgent, first_response_high, first_response_medium, first_response_low, "
            + "resolution_urgent, resolution_high, resolution_medium, resolution_low, at_risk_percent, "
            + "at_risk_floor_minutes, version";

    private static final String CLOCK_COLUMNS = "ticket_id, kind, organisation_id, policy_id, target_minutes, "
            + "threshold_minutes, started_at, state, used_ms, since, due_at, at_risk_at, met_at, breached_at, "
            + "at_risk_recorded, breach_recorded";

    private static final String INSERT_CLOCK = "INSERT INTO sla_clocks (" + CLOCK_COLUMNS + ") VALUES (:ticket, :kind, "
            + ":org, :policy, :target, :threshold, :startedAt, :state, :used, :since, :due, :atRisk, :met, :breached, "
            + ":atRiskRecorded, :breachRecorded)";

    private static final String UPDATE_CLOCK = """
            UPDATE sla_clocks SET policy_id = :policy, target_minutes = :target, threshold_minutes = :threshold,
                   state = :state, used_ms = :used, since = :since, due_at = :due, at_risk_at = :atRisk,
                   met_at = :met, breached_at = :breached, at_risk_recorded = :atRiskRecorded,
                   breach_recorded = :breachRecorded
            WHERE ticket_id = :ticket AND kind = :kind""";

    private static final String START_PAUSE =
            "INSERT INTO sla_pauses (id, ticket_id, reason, paused_at) VALUES (:id, :ticket, :reason, :at)";

    private static final String END_PAUSES =
            "UPDATE sla_pauses SET resumed_at = :at WHERE ticket_id = :ticket AND resumed_at IS NULL";

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    private final JdbcClient jdbc;

    private final NamedParameterJdbcTemplate batch;

    private final boolean postgresql;

    SlaRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.postgresql = Databases.isPostgresql(dataSource);
    }

    // calendars

    static String encodeHours(List<Hours> hours) {
        return hours.stream()
                .map(h -> h.day().getValue() + " " + Hours.format(h.startMinute()) + "-" + Hours.format(h.endMinute()))
                .collect(Collectors.joining(";"));
    }

    static List<Hours> decodeHours(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";"))
                .map(part -> {
                    String[] dayAndTimes = part.trim().split(" ");
                    String[] times = dayAndTimes[1].split("-");
                    return new Hours(
                            DayOfWeek.of(Integer.parseInt(dayAndTimes[0])),
                            Hours.parse(times[0]),
                            Hours.parse(times[1]));
                })
                .toList();
    }

    static String encodeHolidays(Set<LocalDate> holidays) {
        return holidays.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    static Set<LocalDate> decodeHolidays(String text) {
        if (text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(LocalDate::parse).collect(Collectors.toSet());
    }

    private static SlaCalendar mapCalendar(ResultSet rs, int row) throws SQLException {
        return new SlaCalendar(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                new BusinessCalendar(
                        ZoneId.of(rs.getString("time_zone")),
                        decodeHours(rs.getString("hours")),
                        decodeHolidays(rs.getString("holidays"))),
                rs.getLong("version"));
    }

    /**
     * Every write to policies or calendars gives the organisation's settings a new random version in the same
     * transaction: {@link SlaSettings} re-reads them on each node when it sees a version it does not hold.
     */
    private void touchSettings(UUID organisationId) {
        UUID token = UUID.randomUUID();
        int updated = jdbc.sql("UPDATE sla_settings_versions SET token = :token WHERE organisation_id = :org")
                .param("token", token)
                .param("org", organisationId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO sla_settings_versions (organisation_id, token) VALUES (:org, :token)")
                    .param("org", organisationId)
                    .param("token", token)
                    .update();
        }
    }

    Optional<UUID> settingsVersion(UUID organisationId) {
        return jdbc.sql("SELECT token FROM sla_settings_versions WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(UUID.class)
                .optional();
    }

    List<SlaCalendar> calendars(UUID organisationId) {
        return jdbc.sql("SELECT id, organisation_id, name, time_zone, hours, holidays, version FROM sla_calendars "
                        + "WHERE organisation_id = :org ORDER BY name, id")
                .param("org", organisationId)
                .query(SlaRepository::mapCalendar)
                .list();
    }

    Optional<SlaCalendar> calendar(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT id, organisation_id, name, time_zone, hours, holidays, version FROM sla_calendars "
                        + "WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(SlaRepository::mapCalendar)
                .optional();
    }

    void insertCalendar(UUID id, UUID organisationId, String name, BusinessCalendar calendar, Instant now) {
        touchSettings(organisationId);
        jdbc.sql("""
                INSERT INTO sla_calendars (id, organisation_id, name, time_zone, hours, holidays, version, created_at)
                VALUES (:id, :org, :name, :zone, :hours, :holidays, 0, :now)""")
                .param("id", id)
                .param("org", organisationId)
                .param("name", name)
                .param("zone", calendar.zone().getId())
                .param("hours", encodeHours(calendar.hours()))
                .param("holidays", encodeHolidays(calendar.holidays()))
                .param("now", toDb(now))
                .update();
    }

    boolean updateCalendar(UUID organisationId, UUID id, String name, BusinessCalendar calendar, long version) {
        touchSettings(organisationId);
        return jdbc.sql("""
                UPDATE sla_calendars SET name = :name, time_zone = :zone, hours = :hours, holidays = :holidays,
                       version = version + 1
                WHERE organisation_id = :org AND id = :id AND version = :version""")
                        .param("name", name)
                        .param("zone", calendar.zone().getId())
                        .param("hours", encodeHours(calendar.hours()))
                        .param("holidays", encodeHolidays(calendar.holidays()))
                        .param("org", organisationId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean deleteCalendar(UUID organisationId, UUID id) {
        touchSettings(organisationId);
        return jdbc.sql("DELETE FROM sla_calendars WHERE organisation_id = :org AND id = :id")
                        .param("org", organisationId)
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean calendarInUse(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM sla_policies WHERE organisation_id = :org AND calendar_id = :id")
                        .param("org", organisationId)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // policies

    private static SlaPolicy mapPolicy(ResultSet rs, int row) throws SQLException {
        Map<Priority, SlaPolicy.Targets> targets = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            targets.put(
                    p,
                    new SlaPolicy.Targets(
                            rs.getInt("first_response_" + p.code()), rs.getInt("resolution_" + p.code())));
        }
        String queues = rs.getString("match_queue_ids");
        String priorities = rs.getString("match_priorities");
        return new SlaPolicy(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                rs.getInt("position"),
                rs.getObject("calendar_id", UUID.class),
                queues.isBlank()
                        ? Set.of()
                        : Arrays.stream(queues.split(",")).map(UUID::fromString).collect(Collectors.toSet()),
                priorities.isBlank()
                        ? Set.of()
                        : Arrays.stream(priorities.split(","))
                                .map(Priority::fromCode)
                                .collect(Collectors.toSet()),
                targets,
                rs.getInt("at_risk_percent"),
                rs.getInt("at_risk_floor_minutes"),
                rs.getLong("version"));
    }

    List<SlaPolicy> policies(UUID organisationId) {
        return jdbc.sql("SELECT " + POLICY_COLUMNS + " FROM sla_policies WHERE organisation_id = :org "
                        + "ORDER BY position, created_at, id")
                .param("org", organisationId)
                .query(SlaRepository::mapPolicy)
                .list();
    }

    Optional<SlaPolicy> policy(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT " + POLICY_COLUMNS + " FROM sla_policies WHERE organisation_id = :org AND id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(SlaRepository::mapPolicy)
                .optional();
    }

    void insertPolicy(SlaPolicy p, Instant now) {
        touchSettings(p.organisationId());
        jdbc.sql("INSERT INTO sla_policies (" + POLICY_COLUMNS + ", created_at) VALUES (:id, :org, :name, :position, "
                        + ":calendar, :queues, :priorities, :fu, :fh, :fm, :fl, :ru, :rh, :rm, :rl, :percent, :floor, "
                        + "0, :now)")
                .params(policyParams(p))
                .param("id", p.id())
                .param("org", p.organisationId())
                .param("position", p.position())
                .param("now", toDb(now))
                .update();
    }

    boolean updatePolicy(SlaPolicy p, long version) {
        touchSettings(p.organisationId());
        return jdbc.sql("""
                UPDATE sla_policies SET name = :name, calendar_id = :calendar, match_queue_ids = :queues,
                       match_priorities = :priorities, first_response_urgent = :fu, first_response_high = :fh,
                       first_response_medium = :fm, first_response_low = :fl, resolution_urgent = :ru,
                       resolution_high = :rh, resolution_medium = :rm, resolution_low = :rl,
                       at_risk_percent = :percent, at_risk_floor_minutes = :floor, version = version + 1
                WHERE organisation_id = :org AND id = :id AND version = :version""")
                        .params(policyParams(p))
                        .param("org", p.organisationId())
                        .param("id", p.id())
                        .param("version", version)
                        .update()
                == 1;
    }

    void movePolicy(UUID organisationId, UUID id, int position) {
        touchSettings(organisationId);
        jdbc.sql("UPDATE sla_policies SET position = :position WHERE organisation_id = :org AND id = :id")
                .param("position", position)
                .param("org", organisationId)
                .param("id", id)
                .update();
    }

    boolean deletePolicy(UUID organisationId, UUID id) {
        touchSettings(organisationId);
        return jdbc.sql("DELETE FROM sla_policies WHERE organisation_id = :org AND id = :id")
                        .param("org", organisationId)
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean policyInUse(UUID organisationId, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM sla_clocks WHERE organisation_id = :org AND policy_id = :id")
                        .param("org", organisationId)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Map<String, Object> policyParams(SlaPolicy p) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", p.name());
        params.put("calendar", p.calendarId());
        params.put("queues", p.queueIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        params.put(
                "priorities",
                p.priorities().stream().sorted().map(Priority::code).collect(Collectors.joining(",")));
        params.put("fu", p.targets().get(Priority.URGENT).firstResponseMinutes());
        params.put("fh", p.targets().get(Priority.HIGH).firstResponseMinutes());
        params.put("fm", p.targets().get(Priority.MEDIUM).firstResponseMinutes());
        params.put("fl", p.targets().get(Priority.LOW).firstResponseMinutes());
        params.put("ru", p.targets().get(Priority.URGENT).resolutionMinutes());
        params.put("rh", p.targets().get(Priority.HIGH).resolutionMinutes());
        params.put("rm", p.targets().get(Priority.MEDIUM).resolutionMinutes());
        params.put("rl", p.targets().get(Priority.LOW).resolutionMinutes());
        params.put("percent", p.atRiskPercent());
        params.put("floor", p.atRiskFloorMinutes());
        return params;
    }

    // clocks

    private static SlaClock mapClock(ResultSet rs, int row) throws SQLException {
        return new SlaClock(
                rs.getObject("ticket_id", UUID.class),
                ClockKind.fromCode(rs.getString("kind")),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("policy_id", UUID.class),
                rs.getInt("target_minutes"),
                rs.getInt("threshold_minutes"),
                fromDb(rs, "started_at"),
                SlaClock.State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                rs.getLong("used_ms"),
                fromDb(rs, "since"),
                fromDb(rs, "due_at"),
                fromDb(rs, "at_risk_at"),
                fromDb(rs, "met_at"),
                fromDb(rs, "breached_at"),
                rs.getBoolean("at_risk_recorded"),
                rs.getBoolean("breach_recorded"));
    }

    /** The ticket's clocks, first response first; inside a ticket change the ticket row is locked already. */
    List<SlaClock> clocks(UUID organisationId, UUID ticketId) {
        return jdbc.sql("SELECT " + CLOCK_COLUMNS + " FROM sla_clocks WHERE organisation_id = :org AND ticket_id = :t "
                        + "ORDER BY kind")
                .param("org", organisationId)
                .param("t", ticketId)
                .query(SlaRepository::mapClock)
                .list();
    }

    /**
     * A ticket's clocks, and the version of its organisation's settings read by the same statement (empty when the
     * organisation has none yet, or when the ticket has no clocks: then nothing was read).
     */
    record TicketClocks(List<SlaClock> clocks, Optional<UUID> settingsVersion) {}

    /**
     * {@link #clocks(UUID, UUID)} and {@link #settingsVersion(UUID)} in one statement: a status change needs both
     * (the calendar its clocks move by, the policy its answer names), and they were two round trips.
     */
    TicketClocks clocksWithSettingsVersion(UUID organisationId, UUID ticketId) {
        return clocksWithSettingsVersion(organisationId, List.of(ticketId));
    }

    /**
     * The clocks of these tickets and the version of the organisation's settings, in one statement (an uncorrelated
     * subquery, evaluated once): every ticket answer and list page shows its tickets' service levels, and the
     * version check was a round trip of its own.
     */
    TicketClocks clocksWithSettingsVersion(UUID organisationId, Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return new TicketClocks(List.of(), Optional.empty());
        }
        record Row(SlaClock clock, @Nullable UUID settingsVersion) {}
        List<Row> rows = jdbc.sql("SELECT " + CLOCK_COLUMNS + ", (SELECT v.token FROM sla_settings_versions v "
                        + "WHERE v.organisation_id = :org) AS settings_version FROM sla_clocks "
                        + "WHERE organisation_id = :org AND ticket_id IN (:ids) ORDER BY ticket_id, kind")
                .param("org", organisationId)
                .param("ids", new LinkedHashSet<>(ticketIds))
                .query((rs, row) -> new Row(mapClock(rs, row), rs.getObject("settings_version", UUID.class)))
                .list();
        return new TicketClocks(
                rows.stream().map(Row::clock).toList(),
                rows.isEmpty()
                        ? Optional.empty()
                        : Optional.ofNullable(rows.get(0).settingsVersion()));
    }

    /** A new ticket's clocks, in one round trip (a JDBC batch). */
    void insertClocks(List<SlaClock> clocks) {
        batch.batchUpdate(
                INSERT_CLOCK,
                clocks.stream()
                        .map(c -> new MapSqlParameterSource(insertParams(c)))
                        .toArray(SqlParameterSource[]::new));
    }

    private static Map<String, Object> insertParams(SlaClock c) {
        Map<String, Object> params = updateParams(c);
        params.put("org", c.organisationId);
        params.put("startedAt", toDb(c.startedAt));
        return params;
    }

    /**
     * Writes clocks in one round trip: a change to or from pending moves both of a ticket's clocks, and two UPDATEs
     * were two trips to the database on a status change.
     */
    void updateClocks(List<SlaClock> clocks) {
        if (clocks.isEmpty()) {
            return;
        }
        if (clocks.size() == 1) {
            jdbc.sql(UPDATE_CLOCK).params(updateParams(clocks.get(0))).update();
            return;
        }
        batch.batchUpdate(
                UPDATE_CLOCK,
                clocks.stream()
                        .map(c -> new MapSqlParameterSource(updateParams(c)))
                        .toArray(SqlParameterSource[]::new));
    }

    /**
     * What a status change does to a ticket's pauses: ends the open ones, then starts one (either, both, or
     * neither). Never the other way round, so both can be written by one statement (see {@link #write}).
     */
    record PauseChange(boolean endOpen, @Nullable String start) {

        static final PauseChange NONE = new PauseChange(false, null);

        static PauseChange end() {
            return new PauseChange(true, null);
        }

        static PauseChange start(String reason) {
            return new PauseChange(false, reason);
        }

        static PauseChange endThenStart(String reason) {
            return new PauseChange(true, reason);
        }
    }

    /**
     * Writes what a status change did to a ticket's pauses and clocks. A change to or from pending wrote a pause row
     * and then both clocks (two round trips), resolving three, while the ticket's row lock is held. On PostgreSQL they
     * go in one statement: every write but the last becomes a data-modifying {@code WITH} (each runs exactly once,
     * all on the statement's snapshot; they touch different rows, and the pause a change starts is not among the
     * open pauses it ends, exactly as when ended first and started after). H2 runs them one after the other.
     */
    void write(UUID ticketId, PauseChange pauses, Instant at, List<SlaClock> clocks) {
        List<Write> writes = new ArrayList<>();
        if (pauses.endOpen()) {
            writes.add(new Write(END_PAUSES, pauseParams(ticketId, at)));
        }
        if (pauses.start() != null) {
            Map<String, Object> params = pauseParams(ticketId, at);
            params.put("id", UUID.randomUUID());
            params.put("reason", pauses.start());
            writes.add(new Write(START_PAUSE, params));
        }
        if (!postgresql || writes.size() + clocks.size() <= 1) {
            writes.forEach(w -> jdbc.sql(w.sql()).params(w.params()).update());
            updateClocks(clocks);
            return;
        }
        clocks.forEach(c -> writes.add(new Write(UPDATE_CLOCK, updateParams(c))));
        // WITH w0 AS (<first>), w1 AS (<second>) <last>, each statement's parameters renamed w0_…, w1_…
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            String prefix = "w" + i + "_";
            String statement = PARAMETER.matcher(writes.get(i).sql()).replaceAll(":" + prefix + "$1");
            writes.get(i).params().forEach((name, value) -> params.put(prefix + name, value));
            boolean last = i == writes.size() - 1;
            sql.append(last ? statement : (i == 0 ? "WITH " : ", ") + "w" + i + " AS (" + statement + ")\n");
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** One write of {@link #write}: a statement and its named parameters. */
    private record Write(String sql, Map<String, Object> params) {}

    private static Map<String, Object> pauseParams(UUID ticketId, Instant at) {
        Map<String, Object> params = new HashMap<>();
        params.put("ticket", ticketId);
        params.put("at", toDb(at));
        return params;
    }

    private static Map<String, Object> updateParams(SlaClock c) {
        Map<String, Object> params = clockParams(c);
        params.put("kind", c.kind.code());
        return params;
    }

    private static Map<String, Object> clockParams(SlaClock c) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("ticket", c.ticketId);
        params.put("policy", c.policyId);
        params.put("target", c.targetMinutes);
        params.put("threshold", c.thresholdMinutes);
        params.put("state", c.state.name().toLowerCase(java.util.Locale.ROOT));
        params.put("used", c.usedMs);
        params.put("since", toDb(c.since));
        params.put("due", toDb(c.dueAt));
        params.put("atRisk", toDb(c.atRiskAt));
        params.put("met", toDb(c.metAt));
        params.put("breached", toDb(c.breachedAt));
        params.put("atRiskRecorded", c.atRiskRecorded);
        params.put("breachRecorded", c.breachRecorded);
        return params;
    }

    // pauses

    record Pause(String reason, Instant from, @Nullable Instant to) {}

    List<Pause> pauses(UUID ticketId) {
        return jdbc.sql("SELECT reason, paused_at, resumed_at FROM sla_pauses WHERE ticket_id = :ticket "
                        + "ORDER BY paused_at, id")
                .param("ticket", ticketId)
                .query((rs, row) ->
                        new Pause(rs.getString("reason"), fromDb(rs, "paused_at"), fromDb(rs, "resumed_at")))
                .list();
    }

    // background recompute after a policy or calendar change (sla_recompute, see SlaRecompute)

    /**
     * Queues the tickets of the organisation with an open (running or paused) clock, for the policies that use
     * the given calendar, or all policies when calendarId is null; a ticket already queued is not queued again.
     */
    int queueRecompute(UUID organisationId, @Nullable UUID calendarId, String reason, Instant now) {
        String policyFilter = calendarId == null
                ? ""
                : " AND c.policy_id IN (SELECT p.id FROM sla_policies p WHERE p.organisation_id = :org"
                        + " AND p.calendar_id = :calendar)";
        var sql = jdbc.sql("INSERT INTO sla_recompute (ticket_id, organisation_id, reason, requested_at) "
                        + "SELECT DISTINCT c.ticket_id, c.organisation_id, :reason, :now FROM sla_clocks c "
                        + "WHERE c.organisation_id = :org AND c.state IN ('running', 'paused')" + policyFilter
                        + " AND NOT EXISTS (SELECT 1 FROM sla_recompute r WHERE r.ticket_id = c.ticket_id)")
                .param("org", organisationId)
                .param("reason", reason)
                .param("now", toDb(now));
        if (calendarId != null) {
            sql = sql.param("calendar", calendarId);
        }
        return sql.update();
    }

    /** How many tickets of the organisation still wait for their recompute. */
    long recomputesLeft(UUID organisationId) {
        return jdbc.sql("SELECT COUNT(DISTINCT ticket_id) FROM sla_recompute WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Long.class)
                .single();
    }
}
