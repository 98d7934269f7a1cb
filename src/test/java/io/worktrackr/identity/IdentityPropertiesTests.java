package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdentityPropertiesTests {

    @Test
    void theIdentityCacheKeepsNothingLongerThanASecond() {
        assertThatCode(() -> new IdentityProperties(Duration.ofSeconds(1))).doesNotThrowAnyException();
        assertThatCode(() -> new IdentityProperties(Duration.ZERO)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new IdentityProperties(Duration.ofMillis(1001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("within a second");
        assertThatThrownBy(() -> new IdentityProperties(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
