package io.worktrackr.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "report.pdf | report.pdf",
                "../../etc/passwd | passwd",
                "C:\\Users\\me\\secret.docx | secret.docx",
                "/ | file",
                ".. | file",
                "NULL | file",
                "'   ' | file",
                "...hidden | hidden",
                "trailing.   | trailing",
                "nul | _nul",
                "LPT1.log | _LPT1.log",
                "a\"b.txt | a_b.txt"
            })
    void namesAreCleaned(String sent, String kept) {
        assertThat(FileNames.sanitise(sent)).isEqualTo(kept);
    }

    @Test
    void controlAndInvisibleFormattingCharactersAreDropped() {
        assertThat(FileNames.sanitise("in\u0000voice\r\n\t\u202E\u200Bfdp.exe")).isEqualTo("invoicefdp.exe");
    }

    @Test
    void longNamesAreCutKeepingTheExtensionAndWholeCharacters() {
        String name = FileNames.sanitise("😀".repeat(250) + ".tar.gz");

        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).endsWith("😀.gz");
    }

    @Test
    void theDownloadHeaderHasAnAsciiFallbackAndAnExactUtf8Name() {
        assertThat(FileNames.contentDisposition("attachment", "naïve 100%.txt"))
                .isEqualTo("attachment; filename=\"na_ve 100_.txt\"; filename*=UTF-8''na%C3%AFve%20100%25.txt");
    }
}
