package io.worktrackr.common;

import java.util.regex.Pattern;

/**
 * The one text policy for everything a client sends as text, stored or searched: control characters
 * (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) are <em>refused</em> with a 422 naming the field, never
 * silently removed. PostgreSQL cannot store NUL at all and H2 would, so refusing keeps both databases alike;
 * the others only hide things from the reader. One-line text (titles, names, search) allows none; multi-line
 * text (descriptions, comment bodies) allows tab and line breaks.
 *
 * <p>Programmatic checks use {@link #requireOneLine} / {@link #requireMultiLine}; request records validated by
 * Bean Validation use the same rule as {@code @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE)}.
 * File names of uploads are the one exception: they are cleaned, not refused (see the attachments module).
 */
public final class Text {

    /** Regular expression for one-line text: no control character at all. */
    public static final String ONE_LINE = "\\P{Cc}*";

    /** Regular expression for multi-line text: no control character but tab, line feed and carriage return. */
    public static final String MULTI_LINE = "[\\P{Cc}\\t\\n\\r]*";

    public static final String ONE_LINE_MESSAGE = "must not contain control characters";

    public static final String MULTI_LINE_MESSAGE =
            "must not contain control characters other than line breaks and tabs";

    private static final Pattern ONE_LINE_PATTERN = Pattern.compile(ONE_LINE);
    private static final Pattern MULTI_LINE_PATTERN = Pattern.compile(MULTI_LINE);

    private Text() {}

    /** The value unchanged, or a 422 for {@code field} if it contains a control character. */
    public static String requireOneLine(String field, String value) {
        if (!ONE_LINE_PATTERN.matcher(value).matches()) {
            throw new InvalidInput(field, ONE_LINE_MESSAGE);
        }
        return value;
    }

    /** The value unchanged, or a 422 for {@code field} if it contains a control character other than tab or line break. */
    public static String requireMultiLine(String field, String value) {
        if (!MULTI_LINE_PATTERN.matcher(value).matches()) {
            throw new InvalidInput(field, MULTI_LINE_MESSAGE);
        }
        return value;
    }
}
