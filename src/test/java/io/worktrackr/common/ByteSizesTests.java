package io.worktrackr.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTests {

    @Test
    void limitsReadAsPeopleSayThem() {
        assertThat(ByteSizes.human(26_214_400)).isEqualTo("25 MB");
        assertThat(ByteSizes.human(1024 * 1024)).isEqualTo("1 MB");
        assertThat(ByteSizes.human(1536 * 1024)).isEqualTo("1.5 MB");
        assertThat(ByteSizes.human(10)).isEqualTo("10 bytes");
        assertThat(ByteSizes.human(1)).isEqualTo("1 byte");
        assertThat(ByteSizes.human(2048)).isEqualTo("2 kB");
    }
}
