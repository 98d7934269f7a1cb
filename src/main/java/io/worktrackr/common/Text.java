package io.worktrackr.common;

import java.text.Normalizer;
import java.util.Locale;
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
 *
 * <p>Names (of people, organisations, queues, API tokens, SLA policies and calendars, automation rules) and ticket
 * titles are stricter, see {@link #requireName}: no invisible or
 * direction-changing characters (a queue "General" plus a zero-width space would look like a second "General", a
 * right-to-left override reverses what follows), normalised to NFC, and compared for uniqueness by {@link
 * #nameKey} (compatibility forms and case folded). File names of uploads are the one exception: they are cleaned, not refused (see the attachments module).
 */
public final class Text {

    /** Regular expression for one-line text: no control character at all. */
    public static final String ONE_LINE = "\\P{Cc}*";

    /** Regular expression for multi-line text: no control character but tab, line feed and carriage return. */
    public static final String MULTI_LINE = "[\\P{Cc}\\t\\n\\r]*";

    public static final String ONE_LINE_MESSAGE = "must not contain control characters";

    public static final String MULTI_LINE_MESSAGE =
            "must not contain control characters other than line breaks and tabs";

    /**
     * Names refuse control characters (Cc), format characters (Cf: zero-width spaces, the byte order mark, bidi
     * embeddings, overrides and isolates, soft hyphen …) except the zero-width (non-)joiner some scripts and emoji
     * need, and the line and paragraph separators (U+2028, U+2029).
     */
    public static final String NAME_MESSAGE =
            "must not contain control characters, invisible or direction-changing characters";

    private static final Pattern NAME_REFUSED = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}[\\p{Cf}&&[^\\u200C\\u200D]]]");

    private static final Pattern JOINERS_AND_SPACES = Pattern.compile("[\\u200C\\u200D]|\\s+");

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

    /**
     * A name as stored: NFC-normalised and trimmed; a 422 for {@code field} if it contains a control, invisible or
     * direction-changing character (the zero-width joiner and non-joiner are allowed: some scripts and emoji need
     * them). Length and blankness are the caller's rules.
     */
    public static String requireName(String field, String value) {
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (NAME_REFUSED.matcher(normalised).find()) {
            throw new InvalidInput(field, NAME_MESSAGE);
        }
        return normalised.strip();
    }

    /**
     * What two names are compared by when they must be unique: compatibility-normalised (NFKC: "ﬁ" is "fi", a
     * full-width "Ａ" is "A"), case-folded, joiners removed and runs of white space made one space.
     */
    public static String nameKey(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return JOINERS_AND_SPACES
                .matcher(compatible)
                .replaceAll(m -> m.group().isBlank() ? " " : "")
                .strip()
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    /** The value unchanged, or a 422 for {@code field} if it contains a control character other than tab or line break. */
    public static String requireMultiLine(String field, String value) {
        if (!MULTI_LINE_PATTERN.matcher(value).matches()) {
            throw new InvalidInput(field, MULTI_LINE_MESSAGE);
        }
        return value;
    }
}
