package io.worktrackr.sla.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.Text;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.sla.BusinessCalendar;
import io.worktrackr.sla.SlaCalendar;
import io.worktrackr.sla.SlaManagement;
import io.worktrackr.sla.SlaPolicy;
import io.worktrackr.sla.SlaQueries;
import io.worktrackr.tickets.Priority;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA policies and business calendars: agents read, admins write. Every bad field is a 422 naming it, and nothing
 * changes. A first-response target longer than the resolution target is refused (first response is part of
 * resolving, so it can never be due later).
 */
@RestController
class SlaAdminController {

    record HoursDto(String day, String start, String end) {}

    record CalendarRequest(
            @Nullable String name,
            @Nullable String timeZone,
            @Nullable List<HoursDto> hours,
            @Nullable List<String> holidays) {}

    record CalendarResponse(
            UUID id, String name, String timeZone, List<HoursDto> hours, List<String> holidays, long version) {

        static CalendarResponse of(SlaCalendar c) {
            return new CalendarResponse(
                    c.id(),
                    c.name(),
                    c.calendar().zone().getId(),
                    c.calendar().hours().stream()
                            .map(h -> new HoursDto(
                                    h.day().name().toLowerCase(Locale.ROOT),
                                    BusinessCalendar.Hours.format(h.startMinute()),
                                    BusinessCalendar.Hours.format(h.endMinute())))
                            .toList(),
                    c.calendar().holidays().stream()
                            .sorted()
                            .map(LocalDate::toString)
                            .toList(),
                    c.version());
        }
    }

    record TargetsDto(
            @Nullable Integer firstResponseMinutes,
            @Nullable Integer resolutionMinutes) {}

    /** Targets as the server answers them: always both. */
    record TargetsResponse(int firstResponseMinutes, int resolutionMinutes) {}

    record PolicyRequest(
            @Nullable String name,
            @Nullable UUID calendarId,
            @Nullable List<UUID> queueIds,
            @Nullable List<String> priorities,
            @Nullable Map<String, TargetsDto> targets,
            @Nullable Integer atRiskPercent,
            @Nullable Integer atRiskFloorMinutes) {}

    record PolicyResponse(
            UUID id,
            String name,
            int position,
            UUID calendarId,
            List<UUID> queueIds,
            List<String> priorities,
            Map<String, TargetsResponse> targets,
            int atRiskPercent,
            int atRiskFloorMinutes,
            long version) {

        static PolicyResponse of(SlaPolicy p) {
            Map<String, TargetsResponse> targets = new java.util.LinkedHashMap<>();
            for (Priority priority : Priority.values()) {
                SlaPolicy.Targets t = p.targets().get(priority);
                targets.put(priority.code(), new TargetsResponse(t.firstResponseMinutes(), t.resolutionMinutes()));
            }
            return new PolicyResponse(
                    p.id(),
                    p.name(),
                    p.position(),
                    p.calendarId(),
                    p.queueIds().stream().sorted().toList(),
                    p.priorities().stream().sorted().map(Priority::code).toList(),
                    targets,
                    p.atRiskPercent(),
                    p.atRiskFloorMinutes(),
                    p.version());
        }
    }

    record OrderRequest(@Nullable List<UUID> ids) {}

    record SlaDueTimeResponse(int businessMinutes, Instant dueAt) {}

    record SlaDuePreviewResponse(
            @Schema(description = "now, by the server's clock: when the previewed ticket would have been created")
            Instant from,

            @Schema(description = "the calendar's time zone (IANA)")
            String timeZone,

            @Schema(description = "one per requested target, in the order asked")
            List<SlaDueTimeResponse> dueTimes) {

        static SlaDuePreviewResponse of(SlaQueries.DuePreview preview) {
            return new SlaDuePreviewResponse(
                    preview.from(),
                    preview.timeZone(),
                    preview.dueTimes().stream()
                            .map(d -> new SlaDueTimeResponse(d.businessMinutes(), d.dueAt()))
                            .toList());
        }
    }

    static final int MAX_PREVIEWED_TARGETS = 16;

    /** A year of minutes: the longest target a policy may hold. */
    static final int MAX_TARGET_MINUTES = 525_600;

    /** The background recompute after a policy or calendar change: tickets still waiting (0 when done). */
    record RecomputeResponse(long ticketsLeft) {}

    private final SlaQueries queries;
    private final SlaManagement management;
    private final CurrentActor currentActor;

    SlaAdminController(SlaQueries queries, SlaManagement management, CurrentActor currentActor) {
        this.queries = queries;
        this.management = management;
        this.currentActor = currentActor;
    }

    // calendars

    @Operation(operationId = "listSlaCalendars", summary = "List the business calendars")
    @GetMapping("/api/sla/calendars")
    List<CalendarResponse> calendars() {
        return queries.calendars(currentActor.get()).stream()
                .map(CalendarResponse::of)
                .toList();
    }

    @Operation(operationId = "getSlaCalendar", summary = "One business calendar")
    @GetMapping("/api/sla/calendars/{id}")
    CalendarResponse calendar(@PathVariable UUID id) {
        return CalendarResponse.of(
                queries.calendar(currentActor.get(), id).orElseThrow(() -> new NotFound("SLA calendar " + id)));
    }

    @Operation(
            operationId = "previewSlaDueTimes",
            summary = "When a ticket created now would be due, for each of these targets, on this calendar",
            description = "The same business-time arithmetic as a new ticket's SLA clock, so a policy form can show"
                    + " \"a ticket created now would be due at …\" for targets it has not saved yet.")
    @ApiResponse(responseCode = "200", description = "The due instants, in the order of `minutes`.")
    @ApiResponse(responseCode = "404", description = "No such calendar here (`not-found`).")
    @ApiResponse(
            responseCode = "422",
            description = "`minutes` missing, more than 16 values, or one outside 1…525600 (`invalid-input`).")
    @GetMapping("/api/sla/calendars/{id}/due-times")
    SlaDuePreviewResponse dueTimes(
            @PathVariable UUID id,
            @Parameter(description = "business-minute targets, 1…525600 each, at most 16")
                    @RequestParam(name = "minutes", required = false)
                    @Nullable List<Integer> minutes) {
        if (minutes == null || minutes.isEmpty()) {
            throw new InvalidInput("minutes", "must list at least one target in business minutes");
        }
        if (minutes.size() > MAX_PREVIEWED_TARGETS) {
            throw new InvalidInput("minutes", "must list at most " + MAX_PREVIEWED_TARGETS + " targets");
        }
        if (minutes.stream().anyMatch(m -> m == null || m < 1 || m > MAX_TARGET_MINUTES)) {
            throw new InvalidInput("minutes", "each must be between 1 and " + MAX_TARGET_MINUTES);
        }
        return queries.previewDueTimes(currentActor.get(), id, minutes)
                .map(SlaDuePreviewResponse::of)
                .orElseThrow(() -> new NotFound("SLA calendar " + id));
    }

    @Operation(operationId = "createSlaCalendar", summary = "Create a business calendar (admin)")
    @ApiResponse(responseCode = "201", description = "Created.")
    @PostMapping("/api/sla/calendars")
    ResponseEntity<CalendarResponse> createCalendar(@RequestBody CalendarRequest body) {
        Actor actor = currentActor.get();
        actor.requireAdmin();
        SlaCalendar created = management.createCalendar(actor, name(body.name()), calendar(body));
        return ResponseEntity.created(URI.create("/api/sla/calendars/" + created.id()))
                .body(CalendarResponse.of(created));
    }

    @Operation(operationId = "changeSlaCalendar", summary = "Replace a business calendar (admin)")
    @PutMapping("/api/sla/calendars/{id}")
    CalendarResponse changeCalendar(@PathVariable UUID id, @RequestBody CalendarRequest body) {
        Actor actor = currentActor.get();
        actor.requireAdmin();
        return CalendarResponse.of(management.changeCalendar(actor, id, name(body.name()), calendar(body)));
    }

    @Operation(operationId = "deleteSlaCalendar", summary = "Delete a business calendar no policy uses (admin)")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "409", description = "A policy uses it (`conflict`).")
    @DeleteMapping("/api/sla/calendars/{id}")
    ResponseEntity<Void> deleteCalendar(@PathVariable UUID id) {
        management.deleteCalendar(currentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "getSlaRecompute",
            summary = "Progress of recomputing open tickets' due times after a policy or calendar change")
    @GetMapping("/api/sla/recompute")
    RecomputeResponse recompute() {
        return new RecomputeResponse(management.recomputesLeft(currentActor.get()));
    }

    // policies

    @Operation(operationId = "listSlaPolicies", summary = "List the SLA policies in the order they are matched")
    @GetMapping("/api/sla/policies")
    List<PolicyResponse> policies() {
        return queries.policies(currentActor.get()).stream()
                .map(PolicyResponse::of)
                .toList();
    }

    @Operation(operationId = "getSlaPolicy", summary = "One SLA policy")
    @GetMapping("/api/sla/policies/{id}")
    PolicyResponse policy(@PathVariable UUID id) {
        return PolicyResponse.of(
                queries.policy(currentActor.get(), id).orElseThrow(() -> new NotFound("SLA policy " + id)));
    }

    @Operation(operationId = "createSlaPolicy", summary = "Create an SLA policy, matched after the others (admin)")
    @ApiResponse(responseCode = "201", description = "Created.")
    @PostMapping("/api/sla/policies")
    ResponseEntity<PolicyResponse> createPolicy(@RequestBody PolicyRequest body) {
        Actor actor = currentActor.get();
        actor.requireAdmin();
        SlaPolicy created = management.createPolicy(actor, draft(body));
        return ResponseEntity.created(URI.create("/api/sla/policies/" + created.id()))
                .body(PolicyResponse.of(created));
    }

    @Operation(operationId = "changeSlaPolicy", summary = "Replace an SLA policy (admin)")
    @PutMapping("/api/sla/policies/{id}")
    PolicyResponse changePolicy(@PathVariable UUID id, @RequestBody PolicyRequest body) {
        Actor actor = currentActor.get();
        actor.requireAdmin();
        return PolicyResponse.of(management.changePolicy(actor, id, draft(body)));
    }

    @Operation(operationId = "deleteSlaPolicy", summary = "Delete an SLA policy no ticket's clock runs on (admin)")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "409", description = "Tickets' clocks run on it (`conflict`).")
    @DeleteMapping("/api/sla/policies/{id}")
    ResponseEntity<Void> deletePolicy(@PathVariable UUID id) {
        management.deletePolicy(currentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "reorderSlaPolicies", summary = "Set the order in which policies are matched (admin)")
    @PutMapping("/api/sla/policies/order")
    List<PolicyResponse> reorder(@RequestBody OrderRequest body) {
        if (body.ids() == null) {
            throw new InvalidInput("ids", "must list every policy in the new order");
        }
        return management.reorder(currentActor.get(), body.ids()).stream()
                .map(PolicyResponse::of)
                .toList();
    }

    // parsing: every problem of a body is reported at once

    private static String name(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        String trimmed = Text.requireName("name", name);
        if (trimmed.length() > 100) {
            throw new InvalidInput("name", "must be at most 100 characters");
        }
        return trimmed;
    }

    private static BusinessCalendar calendar(CalendarRequest body) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        if (body.timeZone() == null || body.timeZone().isBlank()) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        } else {
            try {
                zone = ZoneId.of(body.timeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "is not a known time zone (IANA, such as Europe/Berlin)"));
            }
        }
        List<BusinessCalendar.Hours> hours = new ArrayList<>();
        List<HoursDto> given = body.hours() == null ? List.of() : body.hours();
        for (int i = 0; i < given.size(); i++) {
            HoursDto h = given.get(i);
            String field = "hours[" + i + "]";
            try {
                DayOfWeek day = DayOfWeek.valueOf(String.valueOf(h.day()).toUpperCase(Locale.ROOT));
                hours.add(new BusinessCalendar.Hours(
                        day,
                        BusinessCalendar.Hours.parse(String.valueOf(h.start())),
                        BusinessCalendar.Hours.parse(String.valueOf(h.end()))));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(
                        field, "must be a weekday (monday…sunday) with start before end, as HH:MM (end up to 24:00)"));
            }
        }
        if (given.isEmpty()) {
            errors.add(new FieldError("hours", "must hold business hours on at least one day"));
        }
        Set<LocalDate> holidays = new LinkedHashSet<>();
        List<String> days = body.holidays() == null ? List.of() : body.holidays();
        for (int i = 0; i < days.size(); i++) {
            try {
                holidays.add(LocalDate.parse(String.valueOf(days.get(i))));
            } catch (DateTimeException e) {
                errors.add(new FieldError("holidays[" + i + "]", "must be a date as YYYY-MM-DD"));
            }
        }
        if (errors.isEmpty()) {
            try {
                return new BusinessCalendar(zone, hours, holidays);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("hours", "must not overlap on one day"));
            }
        }
        throw new InvalidInput(errors);
    }

    private static SlaManagement.PolicyDraft draft(PolicyRequest body) {
        List<FieldError> errors = new ArrayList<>();
        String name = null;
        try {
            name = name(body.name());
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (body.calendarId() == null) {
            errors.add(new FieldError("calendarId", "must name a business calendar"));
        }
        Set<Priority> priorities = new LinkedHashSet<>();
        for (String p : body.priorities() == null ? List.<String>of() : body.priorities()) {
            try {
                priorities.add(Priority.parse("priorities", String.valueOf(p)));
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            }
        }
        Map<Priority, SlaPolicy.Targets> targets = new EnumMap<>(Priority.class);
        Map<String, TargetsDto> given = body.targets() == null ? Map.of() : body.targets();
        for (Priority p : Priority.values()) {
            TargetsDto t = given.get(p.code());
            String field = "targets." + p.code();
            if (t == null) {
                errors.add(new FieldError(field, "must give firstResponseMinutes and resolutionMinutes"));
                continue;
            }
            Integer first = t.firstResponseMinutes();
            Integer resolution = t.resolutionMinutes();
            boolean ok = true;
            if (first == null || first <= 0 || first > MAX_TARGET_MINUTES) {
                errors.add(new FieldError(field + ".firstResponseMinutes", "must be between 1 and 525600"));
                ok = false;
            }
            if (resolution == null || resolution <= 0 || resolution > MAX_TARGET_MINUTES) {
                errors.add(new FieldError(field + ".resolutionMinutes", "must be between 1 and 525600"));
                ok = false;
            }
            if (ok && first > resolution) {
                errors.add(new FieldError(
                        field + ".firstResponseMinutes", "must not be longer than the resolution target"));
            }
            if (ok) {
                targets.put(p, new SlaPolicy.Targets(first, resolution));
            }
        }
        for (String key : given.keySet()) {
            if (Priority.values().length > 0
                    && java.util.Arrays.stream(Priority.values())
                            .noneMatch(p -> p.code().equals(key))) {
                errors.add(new FieldError("targets." + key, "is not a priority"));
            }
        }
        int percent = body.atRiskPercent() == null ? 25 : body.atRiskPercent();
        if (percent < 0 || percent > 100) {
            errors.add(new FieldError("atRiskPercent", "must be between 0 and 100"));
        }
        int floor = body.atRiskFloorMinutes() == null ? 15 : body.atRiskFloorMinutes();
        if (floor < 0 || floor > 525_600) {
            errors.add(new FieldError("atRiskFloorMinutes", "must be between 0 and 525600"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new SlaManagement.PolicyDraft(
                name,
                body.calendarId(),
                body.queueIds() == null ? Set.of() : Set.copyOf(body.queueIds()),
                priorities,
                targets,
                percent,
                floor);
    }
}
