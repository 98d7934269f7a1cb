package io.worktrackr.common;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Ids of rows written on every change (tickets, their activity, comments, notifications): UUIDv7 (RFC 9562), which
 * sort by creation time.
 *
 * <p>Why not {@link UUID#randomUUID()}: a random id puts each new row on a random leaf of every index keyed on it —
 * the primary key, and the ticket sort indexes that end in {@code id} to break ties — so at a million tickets each
 * creation reads and dirties pages all over indexes far larger than the buffer cache. A time-ordered id appends to the
 * right edge, where the pages are already in memory. The time in the id (to the millisecond) tells nothing the row's
 * own timestamps don't; nothing relies on an id being unguessable (every read is scoped to the caller's organisation),
 * and secrets — tokens, links in e-mails — stay random.
 */
public final class Ids {

    /** Monotonic within a millisecond, on one node; safe to share across threads. */
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    public static UUID timeOrdered() {
        return GENERATOR.generate();
    }
}
