package io.worktrackr.live;

import org.jspecify.annotations.Nullable;

/**
 * One Server-Sent Events frame: an event ({@code id}, {@code event}, {@code data}), or a comment line (heartbeat),
 * optionally with a {@code retry} hint (milliseconds the browser waits before reconnecting).
 */
record Frame(
        @Nullable String id,
        @Nullable String event,
        @Nullable String data,
        @Nullable String comment,
        @Nullable Long retry) {

    static Frame event(String id, String event, String data) {
        return new Frame(id, event, data, null, null);
    }

    static Frame comment(String text) {
        return new Frame(null, null, null, text, null);
    }

    static Frame hello(long retryMillis) {
        return new Frame(null, null, null, "connected", retryMillis);
    }

    boolean isResync() {
        return LiveEvent.RESYNC.equals(event);
    }
}
