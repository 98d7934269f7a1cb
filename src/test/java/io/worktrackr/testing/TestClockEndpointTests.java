package io.worktrackr.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import java.net.URL;
import java.security.CodeSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * The test clock endpoint never reaches production: its class is test code (not in the application's jar), and
 * even on a test class path it is off unless {@code worktrackr.testing.clock-endpoint=true} is set.
 */
class TestClockEndpointTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withBean(MutableClock.class, MutableClock::new)
            .withUserConfiguration(TestClockController.class);

    @Test
    void isAbsentByDefault() {
        runner.run(context -> assertThat(context).doesNotHaveBean(TestClockController.class));
        runner.withPropertyValues("worktrackr.testing.clock-endpoint=false")
                .run(context -> assertThat(context).doesNotHaveBean(TestClockController.class));
    }

    @Test
    void isPresentOnlyWhenATestAsksForIt() {
        runner.withPropertyValues("worktrackr.testing.clock-endpoint=true")
                .run(context -> assertThat(context).hasSingleBean(TestClockController.class));
    }

    @Test
    void isNotPartOfTheApplicationsClasses() {
        CodeSource application =
                WorktrackrApplication.class.getProtectionDomain().getCodeSource();
        CodeSource endpoint = TestClockController.class.getProtectionDomain().getCodeSource();
        URL main = application.getLocation();
        // target/classes (what the jar packs) holds the application, target/test-classes the endpoint
        assertThat(endpoint.getLocation()).isNotEqualTo(main);
        assertThat(endpoint.getLocation().toString()).contains("test-classes");
        assertThat(TestClockEndpointTests.class.getResource("/io/worktrackr/testing/TestClockController.class"))
                .isNotNull();
        assertThat(main.toString()).doesNotContain("test-classes");
    }
}
