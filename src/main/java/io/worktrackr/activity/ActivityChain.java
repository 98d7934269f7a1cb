package io.worktrackr.activity;

import io.worktrackr.tickets.AutomationCause;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of a ticket's trail and the Merkle-style root of a checkpoint, in one place (docs/activity-chain.md).
 *
 * <p>An entry's hash is SHA-256 (lower-case hex) of its canonical serialisation, version 1: the UTF-8 bytes of
 * {@code "worktrackr-activity-v1"} followed by, for each of prev_hash, chain_position, id, organisation_id,
 * ticket_id, actor_id, occurred_at, action, field, old_value, new_value in this order (then, only when an entry
 * has any, the {@link Extras}), a newline and either
 * {@code "-"} (null) or the value's UTF-8 byte length, {@code ":"} and the value. UUIDs are lower-case with dashes,
 * the position a decimal number, occurred_at the instant in UTC as whole microseconds since the epoch (decimal,
 * both databases store microseconds; the recorder truncates before writing). A ticket's first chained entry has
 * position 1 and the previous hash {@link #GENESIS}.
 */
final class ActivityChain {

    /** The previous hash of a ticket's first chained entry. */
    static final String GENESIS = "0".repeat(64);

    private ActivityChain() {}

    /** What an entry's hash covers. */
    record Content(
            long position,
            UUID id,
            UUID organisationId,
            UUID ticketId,
            @Nullable UUID actorId,
            Instant at,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            Extras extras) {}

    /**
     * Columns added after version 1: the automation rule that made a change and why, and the reason the system
     * wrote an entry. An entry without any of them hashes exactly as version 1 did; one with any appends them all
     * after {@code "\nextras-v1"}, in this order.
     */
    record Extras(
            @Nullable UUID ruleId,
            @Nullable String ruleName,
            @Nullable Integer ruleVersion,
            @Nullable String because,
            @Nullable String reason) {

        static final Extras NONE = new Extras(null, null, null, null, null);

        static Extras of(@Nullable AutomationCause cause) {
            return cause == null
                    ? NONE
                    : new Extras(cause.ruleId(), cause.ruleName(), cause.ruleVersion(), cause.because(), null);
        }

        static Extras reason(@Nullable String reason) {
            return new Extras(null, null, null, null, reason);
        }

        boolean present() {
            return ruleId != null || ruleName != null || ruleVersion != null || because != null || reason != null;
        }
    }

    /** The precision both databases keep: write and hash instants at it. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** What the serialisation starts with, up to the previous hash's field. */
    static final String HEAD = "worktrackr-activity-v1";

    static String hash(String prevHash, Content c) {
        StringBuilder s = new StringBuilder(HEAD);
        field(s, prevHash);
        field(s, Long.toString(c.position()));
        return sha256(s.append(tail(c)).toString());
    }

    /**
     * The serialisation after chain_position: every field from the id on ({@code c.position()} is not part of it).
     * The recorder has the database put {@link #HEAD}, the previous hash's and the position's fields in front of it
     * and hash the whole when it inserts the entry (ActivityRecorder), so it needs no read of the head first.
     */
    static String tail(Content c) {
        StringBuilder s = new StringBuilder();
        field(s, c.id().toString());
        field(s, c.organisationId().toString());
        field(s, c.ticketId().toString());
        field(s, c.actorId() == null ? null : c.actorId().toString());
        field(s, Long.toString(epochMicros(c.at())));
        field(s, c.action());
        field(s, c.field());
        field(s, c.oldValue());
        field(s, c.newValue());
        Extras extras = c.extras();
        if (extras.present()) {
            s.append("\nextras-v1");
            field(s, extras.ruleId() == null ? null : extras.ruleId().toString());
            field(s, extras.ruleName());
            field(s, extras.ruleVersion() == null ? null : extras.ruleVersion().toString());
            field(s, extras.because());
            field(s, extras.reason());
        }
        return s.toString();
    }

    static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static void field(StringBuilder s, @Nullable String value) {
        s.append('\n');
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    /** One chain's head as a checkpoint records it. */
    record Head(UUID ticketId, long position, String hash) {}

    /**
     * The root over chain heads sorted by ticket id (as lower-case text): each leaf is SHA-256 of
     * {@code "leaf\n<ticket>\n<position>\n<hash>"}, each inner node SHA-256 of {@code "node\n<left>\n<right>"}, a
     * level's odd last node goes up unchanged; no heads: SHA-256 of {@code "empty"}.
     */
    static String root(List<Head> heads) {
        List<String> level = heads.stream()
                .sorted(java.util.Comparator.comparing(h -> h.ticketId().toString()))
                .map(h -> sha256("leaf\n" + h.ticketId() + "\n" + h.position() + "\n" + h.hash()))
                .toList();
        if (level.isEmpty()) {
            return sha256("empty");
        }
        while (level.size() > 1) {
            List<String> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(i + 1 < level.size() ? sha256("node\n" + level.get(i) + "\n" + level.get(i + 1)) : level.get(i));
            }
            level = up;
        }
        return level.get(0);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
