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
}
