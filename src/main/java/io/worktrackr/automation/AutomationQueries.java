package io.worktrackr.automation;

import io.worktrackr.common.NotFound;
import io.worktrackr.identity.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading rules: every member of the organisation (agents too) may. */
@Service
@Transactional(readOnly = true)
public class AutomationQueries {

    /** A rule with how often it acted. */
    public record RuleWithStats(AutomationRule rule, RuleStats stats) {}

    private final RuleRepository repository;
    private final Clock clock;

    AutomationQueries(RuleRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<RuleWithStats> rules(Actor actor) {
        Map<UUID, RuleStats> stats = repository.stats(actor.organisationId(), weekAgo());
        return repository.all(actor.organisationId()).stream()
                .map(r -> new RuleWithStats(r, stats.getOrDefault(r.id(), RuleStats.NEVER)))
                .toList();
    }

    public RuleWithStats rule(Actor actor, UUID id) {
        AutomationRule rule = repository.find(actor.organisationId(), id).orElseThrow(() -> notFound(id));
        return new RuleWithStats(
                rule, repository.stats(actor.organisationId(), weekAgo()).getOrDefault(id, RuleStats.NEVER));
    }

    private java.time.Instant weekAgo() {
        return clock.instant().minus(Duration.ofDays(7));
    }

    static NotFound notFound(UUID id) {
        return new NotFound("Automation rule " + id);
    }
}
