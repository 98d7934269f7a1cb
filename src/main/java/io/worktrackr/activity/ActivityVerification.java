package io.worktrackr.activity;

import static io.worktrackr.common.JdbcTime.fromDb;

import io.worktrackr.identity.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes an organisation's trail (every ticket's hash chain, entry by entry, in a streamed pass) and checks it
 * against the latest checkpoint ({@link ActivityCheckpoints}): an altered entry, a removed entry, a trail cut short
 * or deleted whole, or an altered checkpoint is named as the first broken link. Admins only.
 */
@Service
@Transactional(readOnly = true)
public class ActivityVerification {

    /** Why a link is broken. */
    public enum Break {
        /** the entry's content no longer hashes to its stored hash */
        CONTENT_CHANGED,
        /** the entry's stored previous hash is not its predecessor's hash */
        LINK_BROKEN,
        /** entries before this one are missing (its position skips some) */
        ENTRY_MISSING,
        /** the ticket's trail ends before the head the latest checkpoint recorded, or is gone */
        TRAIL_MISSING,
        /** the entry at the checkpoint's recorded head is not the one recorded */
        HEAD_CHANGED,
        /** the checkpoint's recorded heads no longer hash to its root */
        CHECKPOINT_ALTERED
    }

    /**
     * The first broken link: which ticket (null for an altered checkpoint), which entry (null when the entry itself
     * is gone) and why.
     */
    public record BrokenLink(
            @Nullable UUID ticketId, @Nullable UUID entryId, Break reason) {}

    public record Checkpoint(Instant at, String root, long tickets) {}

    /**
     * @param tickets tickets with a chain; {@code entries} chained entries checked; {@code entriesBeforeChain}
     *     entries written before the chain existed (not covered); {@code checkpoint} the latest one (null: none yet)
     */
    public record Verification(
            boolean ok,
            long tickets,
            long entries,
            long entriesBeforeChain,
            @Nullable Checkpoint checkpoint,
            @Nullable BrokenLink firstBreak) {}

    private record Row(
            UUID id,
            UUID ticketId,
            @Nullable UUID actorId,
            Instant at,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            ActivityChain.Extras extras,
            long position,
            @Nullable String prevHash,
            @Nullable String hash) {}

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    ActivityVerification(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1_000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }

    private record LatestCheckpoint(UUID id, Checkpoint checkpoint) {}

    /** Walks one chain at a time; remembers the first break only. */
    private static final class Walk {
        final Map<UUID, ActivityChain.Head> recorded;
        final Map<UUID, Boolean> confirmed = new HashMap<>();

        @Nullable BrokenLink firstBreak;

        @Nullable UUID ticket;

        long expectedPosition;
        String expectedPrev = ActivityChain.GENESIS;
        boolean ticketBroken;
        long tickets;
        long entries;

        Walk(Map<UUID, ActivityChain.Head> recorded) {
            this.recorded = recorded;
        }

        void accept(Row r, UUID organisationId) {
            entries++;
            if (!r.ticketId().equals(ticket)) {
                ticket = r.ticketId();
                tickets++;
                expectedPosition = 1;
                expectedPrev = ActivityChain.GENESIS;
                ticketBroken = false;
            }
            if (ticketBroken) {
                return;
            }
            String computed = ActivityChain.hash(
                    r.prevHash() == null ? "" : r.prevHash(),
                    new ActivityChain.Content(
                            r.position(),
                            r.id(),
                            organisationId,
                            r.ticketId(),
                            r.actorId(),
                            r.at(),
                            r.action(),
                            r.field(),
                            r.oldValue(),
                            r.newValue(),
                            r.extras()));
            Break broken = null;
            if (r.position() != expectedPosition) {
                broken = Break.ENTRY_MISSING;
            } else if (!expectedPrev.equals(r.prevHash())) {
                broken = Break.LINK_BROKEN;
            } else if (!computed.equals(r.hash())) {
                broken = Break.CONTENT_CHANGED;
            }
            if (broken != null) {
                ticketBroken = true;
                if (firstBreak == null) {
                    firstBreak = new BrokenLink(r.ticketId(), r.id(), broken);
                }
                return;
            }
            ActivityChain.Head head = recorded.get(r.ticketId());
            if (head != null && head.position() == r.position()) {
                confirmed.put(r.ticketId(), head.hash().equals(r.hash()));
                if (!head.hash().equals(r.hash()) && firstBreak == null) {
                    firstBreak = new BrokenLink(r.ticketId(), r.id(), Break.HEAD_CHANGED);
                }
            }
            expectedPosition++;
            expectedPrev = computed;
        }
    }

    public Verification verify(Actor actor) {
        actor.requireAdmin();
        UUID org = actor.organisationId();
        LatestCheckpoint latest = jdbc.sql("""
                SELECT id, created_at, root, tickets FROM activity_checkpoints
                WHERE organisation_id = :org ORDER BY up_to_seq DESC, created_at DESC FETCH FIRST 1 ROWS ONLY""")
                .param("org", org)
                .query((rs, i) -> new LatestCheckpoint(
                        rs.getObject("id", UUID.class),
                        new Checkpoint(fromDb(rs, "created_at"), rs.getString("root"), rs.getLong("tickets"))))
                .optional()
                .orElse(null);
        List<ActivityChain.Head> heads = latest == null
                ? List.of()
                : jdbc.sql("""
                        SELECT ticket_id, chain_position, entry_hash FROM activity_checkpoint_heads
                        WHERE checkpoint_id = :id""")
                        .param("id", latest.id())
                        .query((rs, i) ->
                                new ActivityChain.Head(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
                        .list();
        Map<UUID, ActivityChain.Head> recorded = new HashMap<>();
        heads.forEach(h -> recorded.put(h.ticketId(), h));

        Walk walk = new Walk(recorded);
        streaming.sql("""
                        SELECT id, ticket_id, actor_id, occurred_at, action, field, old_value, new_value,
                               automation_rule_id, automation_rule_name, automation_rule_version, automation_because,
                               reason, chain_position, prev_hash, entry_hash
                        FROM activity_log
                        WHERE organisation_id = :org AND chain_position IS NOT NULL
                        ORDER BY ticket_id, chain_position""").param("org", org).query(rs -> {
            walk.accept(
                    new Row(
                            rs.getObject("id", UUID.class),
                            rs.getObject("ticket_id", UUID.class),
                            rs.getObject("actor_id", UUID.class),
                            fromDb(rs, "occurred_at"),
                            rs.getString("action"),
                            rs.getString("field"),
                            rs.getString("old_value"),
                            rs.getString("new_value"),
                            new ActivityChain.Extras(
                                    rs.getObject("automation_rule_id", UUID.class),
                                    rs.getString("automation_rule_name"),
                                    rs.getObject("automation_rule_version", Integer.class),
                                    rs.getString("automation_because"),
                                    rs.getString("reason")),
                            rs.getLong("chain_position"),
                            rs.getString("prev_hash"),
                            rs.getString("entry_hash")),
                    org);
        });
        BrokenLink firstBreak = walk.firstBreak;
        if (firstBreak == null && latest != null) {
            if (!ActivityChain.root(heads).equals(latest.checkpoint().root())) {
                firstBreak = new BrokenLink(null, null, Break.CHECKPOINT_ALTERED);
            } else {
                List<ActivityChain.Head> missing = new ArrayList<>();
                for (ActivityChain.Head head : heads) {
                    if (!walk.confirmed.containsKey(head.ticketId())) {
                        missing.add(head);
                    }
                }
                missing.sort(java.util.Comparator.comparing(h -> h.ticketId().toString()));
                if (!missing.isEmpty()) {
                    firstBreak = new BrokenLink(missing.get(0).ticketId(), null, Break.TRAIL_MISSING);
                }
            }
        }
        long beforeChain = jdbc.sql(
                        "SELECT COUNT(*) FROM activity_log WHERE organisation_id = :org AND chain_position IS NULL")
                .param("org", org)
                .query(Long.class)
                .single();
        return new Verification(
                firstBreak == null,
                walk.tickets,
                walk.entries,
                beforeChain,
                latest == null ? null : latest.checkpoint(),
                firstBreak);
    }
}
