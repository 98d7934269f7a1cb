package io.worktrackr.automation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.automation.AutomationDryRun;
import io.worktrackr.automation.AutomationManagement;
import io.worktrackr.automation.AutomationQueries;
import io.worktrackr.automation.AutomationRule;
import io.worktrackr.automation.DryRunResult;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Automation rules: agents read, admins write; the dry-run changes nothing. */
@RestController
class AutomationRulesController {

    private final AutomationQueries queries;
    private final AutomationManagement management;
    private final AutomationDryRun dryRun;
    private final CurrentActor currentActor;

    AutomationRulesController(
            AutomationQueries queries,
            AutomationManagement management,
            AutomationDryRun dryRun,
            CurrentActor currentActor) {
        this.queries = queries;
        this.management = management;
        this.dryRun = dryRun;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "listAutomationRules", summary = "List the automation rules in the order they run")
    @GetMapping("/api/automation/rules")
    AutomationRuleListResponse list() {
        return list(currentActor.get());
    }

    @Operation(operationId = "createAutomationRule", summary = "Create an automation rule (admin)")
    @ApiResponse(responseCode = "201", description = "Created.")
    @PostMapping("/api/automation/rules")
    ResponseEntity<AutomationRuleResponse> create(@RequestBody AutomationRuleRequest body) {
        Actor actor = currentActor.get();
        AutomationRule created = management.create(actor, body.draft());
        return ResponseEntity.created(URI.create("/api/automation/rules/" + created.id()))
                .body(AutomationRuleResponse.of(queries.rule(actor, created.id())));
    }

    @Operation(operationId = "getAutomationRule", summary = "One automation rule")
    @GetMapping("/api/automation/rules/{id}")
    AutomationRuleResponse get(@PathVariable UUID id) {
        return AutomationRuleResponse.of(queries.rule(currentActor.get(), id));
    }

    @Operation(
            operationId = "updateAutomationRule",
            summary = "Replace an automation rule (admin); the answer is its next version")
    @ApiResponse(responseCode = "409", description = "The rule changed since `version` (`conflict`).")
    @PutMapping("/api/automation/rules/{id}")
    AutomationRuleResponse update(@PathVariable UUID id, @RequestBody AutomationRuleRequest body) {
        Actor actor = currentActor.get();
        management.change(actor, id, body.version(), body.draft());
        return AutomationRuleResponse.of(queries.rule(actor, id));
    }

    @Operation(operationId = "deleteAutomationRule", summary = "Delete an automation rule (admin)")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @DeleteMapping("/api/automation/rules/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        management.delete(currentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "reorderAutomationRules", summary = "Put the automation rules in a new order (admin)")
    @PutMapping("/api/automation/rules/order")
    AutomationRuleListResponse reorder(@RequestBody AutomationOrderRequest body) {
        Actor actor = currentActor.get();
        management.reorder(actor, body.ids());
        return list(actor);
    }

    @Operation(
            operationId = "dryRunAutomationRule",
            summary = "What a saved or draft rule would have done over the last days (changes nothing; admin)")
    @PostMapping("/api/automation/rules/dry-run")
    AutomationDryRunResponse dryRun(@RequestBody AutomationDryRunRequest body) {
        Actor actor = currentActor.get();
        DryRunResult result = dryRun.run(
                actor, body.ruleId(), body.rule() == null ? null : body.rule().draft(), body.days());
        return new AutomationDryRunResponse(
                result.days(),
                result.eventsReplayed(),
                result.fired(),
                result.items().stream()
                        .map(f -> new AutomationDryRunItemResponse(
                                f.ticketId(),
                                f.number(),
                                f.title(),
                                f.at(),
                                f.because(),
                                f.changes().stream()
                                        .map(c -> new AutomationDryRunChangeResponse(
                                                c.field(), c.oldValue(), c.newValue()))
                                        .toList(),
                                f.note()))
                        .toList(),
                result.truncated());
    }

    private AutomationRuleListResponse list(Actor actor) {
        return new AutomationRuleListResponse(
                queries.rules(actor).stream().map(AutomationRuleResponse::of).toList());
    }
}
