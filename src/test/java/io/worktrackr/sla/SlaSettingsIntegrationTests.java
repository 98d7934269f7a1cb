package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each node keeps an organisation's parsed SLA policies and calendars by version: a committed change is seen at the
 * next read (as it would be from another node, which never heard of it), a rolled-back one never.
 */
class SlaSettingsIntegrationTests extends IntegrationTest {

    @Autowired
    SlaSettings settings;

    @Autowired
    SlaRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anUnchangedOrganisationIsReadOnceAndAChangeIsSeenAtTheNextRead() {
        Org org = fixtures.organisation();
        SlaSettings.Snapshot first = settings.of(org.id);
        assertThat(first.policies()).hasSize(1);
        assertThat(settings.of(org.id)).as("kept while nothing changed").isSameAs(first);

        SlaPolicy policy = first.policies().get(0);
        // written straight through the repository, as another node's admin request would: this node's cache was
        // not told
        transactions.executeWithoutResult(tx -> repository.updatePolicy(renamed(policy, "Gold"), policy.version()));

        SlaSettings.Snapshot after = settings.of(org.id);
        assertThat(after.policies()).extracting(SlaPolicy::name).containsExactly("Gold");
        assertThat(after.calendarOfPolicy(policy.id()).zone()).isNotNull();
    }

    @Test
    void aRolledBackChangeIsNeverServed() {
        Org org = fixtures.organisation();
        SlaPolicy policy = settings.of(org.id).policies().get(0);

        transactions.executeWithoutResult(tx -> {
            repository.updatePolicy(renamed(policy, "Never saved"), policy.version());
            // read inside the writing transaction: it sees (and may keep) its own uncommitted version
            assertThat(settings.of(org.id).policies())
                    .extracting(SlaPolicy::name)
                    .containsExactly("Never saved");
            tx.setRollbackOnly();
        });

        assertThat(settings.of(org.id).policies()).extracting(SlaPolicy::name).containsExactly(policy.name());
    }

    @Test
    void organisationsAreKeptApart() {
        Org one = fixtures.organisation();
        Org other = fixtures.organisation();
        SlaPolicy policy = settings.of(one.id).policies().get(0);
        transactions.executeWithoutResult(tx -> repository.updatePolicy(renamed(policy, "Only one"), policy.version()));

        assertThat(settings.of(one.id).policies()).extracting(SlaPolicy::name).containsExactly("Only one");
        assertThat(settings.of(other.id).policies()).extracting(SlaPolicy::name).doesNotContain("Only one");
        assertThat(settings.of(other.id).policies())
                .allSatisfy(p -> assertThat(p.organisationId()).isEqualTo(other.id));
    }

    @Test
    void aStatusChangeWorksWithAndAnswersWithTheSettingsAnotherNodeCommitted() {
        Org org = fixtures.organisation();
        String path = "/api/tickets/"
                + org.ticket(Map.of("title", "Renamed meanwhile", "priority", "urgent"))
                        .get("id")
                        .stringValue();
        assertThat(org.admin.api().patch(path, Map.of("status", "in_progress")).string("$.sla.policy.name"))
                .isEqualTo("Default");
        SlaPolicy policy = settings.of(org.id).policies().get(0);

        // renamed as another node's admin would (this node's cache not told): the version read with the clocks of
        // each change must show it, whether the change moves no clock (back to open) or pauses them (pending)
        transactions.executeWithoutResult(tx -> repository.updatePolicy(renamed(policy, "Gold"), policy.version()));
        Api.Response reopened = org.admin.api().patch(path, Map.of("status", "open"));
        assertThat(reopened.string("$.sla.policy.name")).isEqualTo("Gold");

        SlaPolicy gold = settings.of(org.id).policies().get(0);
        transactions.executeWithoutResult(tx -> repository.updatePolicy(renamed(gold, "Platinum"), gold.version()));
        Api.Response paused = org.admin.api().patch(path, Map.of("status", "pending"));
        assertThat(paused.string("$.sla.policy.name")).isEqualTo("Platinum");
        assertThat(paused.string("$.sla.resolution.state")).isEqualTo("paused");
        assertThat(paused.body().get("sla"))
                .isEqualTo(org.admin.api().get(path).body().get("sla"));
    }

    private static SlaPolicy renamed(SlaPolicy p, String name) {
        return new SlaPolicy(
                p.id(),
                p.organisationId(),
                name,
                p.position(),
                p.calendarId(),
                p.queueIds(),
                p.priorities(),
                p.targets(),
                p.atRiskPercent(),
                p.atRiskFloorMinutes(),
                p.version());
    }
}
