package io.worktrackr.automation;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.ProblemType;
import io.worktrackr.identity.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rule administration (admins only): create, replace (a new version), delete, reorder. */
@Service
public class AutomationManagement {

    private final RuleRepository repository;
    private final RuleChecker checker;
    private final Clock clock;

    AutomationManagement(RuleRepository repository, RuleChecker checker, Clock clock) {
        this.repository = repository;
        this.checker = checker;
        this.clock = clock;
    }

    /** Checks a draft as this admin would save it (the dry-run of a draft); throws InvalidInput naming fields. */
    @Transactional(readOnly = true)
    public RuleDefinition check(Actor actor, RuleDraft draft) {
        actor.requireAdmin();
        return checker.check(actor.organisationId(), draft);
    }

    @Transactional
    public AutomationRule create(Actor actor, RuleDraft draft) {
        actor.requireAdmin();
        RuleDefinition definition = checker.check(actor.organisationId(), draft);
        repository.lockAll(actor.organisationId());
        int position = repository.all(actor.organisationId()).stream()
                        .mapToInt(AutomationRule::position)
                        .max()
                        .orElse(-1)
                + 1;
        UUID id = UUID.randomUUID();
        repository.insert(
                id,
                actor.organisationId(),
                name(draft),
                enabled(draft),
                position,
                draft,
                definition.trigger().type(),
                now());
        return repository.find(actor.organisationId(), id).orElseThrow();
    }

    /** Replaces the rule if the admin saw its current version; the answer is the next version. */
    @Transactional
    public AutomationRule change(Actor actor, UUID id, @Nullable Integer expectedVersion, RuleDraft draft) {
        actor.requireAdmin();
        AutomationRule current =
                repository.find(actor.organisationId(), id).orElseThrow(() -> AutomationQueries.notFound(id));
        if (expectedVersion == null) {
            throw new InvalidInput("version", "is required");
        }
        RuleDefinition definition = checker.check(actor.organisationId(), draft);
        if (expectedVersion != current.version()
                || !repository.update(
                        actor.organisationId(),
                        id,
                        expectedVersion,
                        name(draft),
                        enabled(draft),
                        draft,
                        definition.trigger().type(),
                        now())) {
            throw stale(current.version());
        }
        return repository.find(actor.organisationId(), id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, UUID id) {
        actor.requireAdmin();
        repository.find(actor.organisationId(), id).orElseThrow(() -> AutomationQueries.notFound(id));
        repository.delete(actor.organisationId(), id);
    }

    /** Puts the rules in this order (every rule of the organisation, each once). */
    @Transactional
    public List<AutomationRule> reorder(Actor actor, @Nullable List<UUID> ids) {
        actor.requireAdmin();
        repository.lockAll(actor.organisationId());
        List<AutomationRule> existing = repository.all(actor.organisationId());
        if (ids == null
                || ids.size() != existing.size()
                || !new HashSet<>(ids)
                        .equals(new HashSet<>(
                                existing.stream().map(AutomationRule::id).toList()))) {
            throw new InvalidInput("ids", "must list every rule of the organisation exactly once");
        }
        for (int i = 0; i < ids.size(); i++) {
            repository.move(actor.organisationId(), ids.get(i), i);
        }
        return repository.all(actor.organisationId());
    }

    private static String name(RuleDraft draft) {
        // stored as the one name policy says (NFC, trimmed); RuleChecker refused what it does not allow
        return io.worktrackr.common.Text.requireName("name", java.util.Objects.requireNonNull(draft.name()));
    }

    private static boolean enabled(RuleDraft draft) {
        return Boolean.TRUE.equals(draft.enabled());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Conflict stale(int current) {
        Conflict conflict = new Conflict(
                ProblemType.CONFLICT,
                "The rule changed meanwhile (now version " + current + "); reload and try again.");
        conflict.with("currentVersion", current);
        return conflict;
    }
}
