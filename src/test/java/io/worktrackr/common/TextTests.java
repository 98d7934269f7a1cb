package io.worktrackr.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTests {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u009f"})
    void oneLineTextRefusesEveryControlCharacterAndNamesTheField(String control) {
        assertThatThrownBy(() -> Text.requireOneLine("title", "a" + control + "b"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("title", Text.ONE_LINE_MESSAGE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f"})
    void multiLineTextRefusesControlCharactersOtherThanTabAndLineBreaks(String control) {
        assertThatThrownBy(() -> Text.requireMultiLine("body", "a" + control + "b"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("body", Text.MULTI_LINE_MESSAGE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "Ünïcödé – “quotes” 😀", "\u00a0non-breaking", "\u202e right-to-left"})
    void visibleTextPassesUnchanged(String text) {
        assertThat(Text.requireOneLine("name", text)).isSameAs(text);
        assertThat(Text.requireMultiLine("body", text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "tab\there", "windows\r\nbreak"})
    void multiLineTextKeepsTabsAndLineBreaks(String text) {
        assertThat(Text.requireMultiLine("description", text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200b", // zero-width space
                "\ufeff", // byte order mark
                "\u202e", // right-to-left override
                "\u2066", // left-to-right isolate
                "\u00ad", // soft hyphen
                "\u2028", // line separator
                "\u2029", // paragraph separator
                "\u0000", "\u001b"
            })
    void namesRefuseInvisibleAndDirectionChangingCharactersAndNameTheField(String invisible) {
        assertThatThrownBy(() -> Text.requireName("name", "Gen" + invisible + "eral"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("name", Text.NAME_MESSAGE)));
    }

    @org.junit.jupiter.api.Test
    void namesAreNormalisedToNfcAndTrimmedAndKeepTheJoinersScriptsNeed() {
        assertThat(Text.requireName("name", "  Cafe\u0301 ")).isEqualTo("Caf\u00e9");
        assertThat(Text.requireName("name", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"))
                .as("Persian needs the zero-width non-joiner")
                .contains("\u200c");
        assertThat(Text.requireName("name", "\ud83d\udc69\u200d\ud83d\udcbb Dev"))
                .contains("\u200d");
    }

    @org.junit.jupiter.api.Test
    void namesCompareForUniquenessAfterNormalisationAndCaseFolding() {
        assertThat(Text.nameKey("General")).isEqualTo(Text.nameKey("general"));
        assertThat(Text.nameKey("General")).isEqualTo(Text.nameKey("\uff27\uff25\uff2e\uff25\uff32\uff21\uff2c"));
        assertThat(Text.nameKey("Caf\u00e9")).isEqualTo(Text.nameKey("Cafe\u0301"));
        assertThat(Text.nameKey("Level 1  Support")).isEqualTo(Text.nameKey("level 1 support"));
        assertThat(Text.nameKey("Gen\u200deral")).isEqualTo(Text.nameKey("General"));
        assertThat(Text.nameKey("Billing")).isNotEqualTo(Text.nameKey("General"));
    }
}
