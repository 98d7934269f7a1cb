package io.worktrackr.live;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One Server-Sent Events frame: an event ({@code id}, {@code event}, {@code data}), or a comment line (heartbeat),
 * optionally with a {@code retry} hint (milliseconds the browser waits before reconnecting).
 *
 * <p>A frame is encoded once, when it is made, into its wire text ({@link #text()}) and that text's UTF-8 bytes
 * ({@link #utf8()}, what a stream writes): one event goes to every stream of an organisation, so encoding per stream
 * would repeat the same work a thousand times. The bytes are never modified.
 */
record Frame(
        @Nullable String id,
        @Nullable String event,
        @Nullable String data,
        @Nullable String comment,
        @Nullable Long retry,
        String text,
        byte[] utf8) {

    Frame(
            @Nullable String id,
            @Nullable String event,
            @Nullable String data,
            @Nullable String comment,
            @Nullable Long retry,
            String text) {
        this(id, event, data, comment, retry, text, text.getBytes(StandardCharsets.UTF_8));
    }

    Frame(
            @Nullable String id,
            @Nullable String event,
            @Nullable String data,
            @Nullable String comment,
            @Nullable Long retry) {
        this(id, event, data, comment, retry, encode(id, event, data, comment, retry));
    }

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

    boolean isCountsChanged() {
        return LiveEvent.COUNTS_CHANGED.equals(event);
    }

    /** The text/event-stream form: one field per line, a blank line after the frame; data split at line breaks. */
    private static String encode(
            @Nullable String id,
            @Nullable String event,
            @Nullable String data,
            @Nullable String comment,
            @Nullable Long retry) {
        StringBuilder text = new StringBuilder(64 + (data == null ? 0 : data.length()));
        if (comment != null) {
            text.append(':')
                    .append(comment.replace('\n', ' ').replace('\r', ' '))
                    .append('\n');
        }
        if (retry != null) {
            text.append("retry:").append(retry).append('\n');
        }
        if (id != null) {
            text.append("id:").append(id).append('\n');
        }
        if (event != null) {
            text.append("event:").append(event).append('\n');
        }
        if (data != null) {
            for (String line : data.split("\r\n|\r|\n", -1)) {
                text.append("data:").append(line).append('\n');
            }
        }
        return text.append('\n').toString();
    }
}
