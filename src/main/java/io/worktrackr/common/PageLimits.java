package io.worktrackr.common;

import org.jspecify.annotations.Nullable;

/**
 * How many items one page of a list may hold, the same for every list of the API ({@code limit} 1–200,
 * default 50): large enough for a screen, small enough that no request reads an unbounded number of rows.
 */
public final class PageLimits {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private PageLimits() {}

    /** The page size for the request's {@code limit} parameter: the default when absent, a 422 outside 1–MAX. */
    public static int size(@Nullable Integer limit) {
        int size = limit == null ? DEFAULT : limit;
        if (size < 1 || size > MAX) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX);
        }
        return size;
    }
}
