package io.worktrackr.testing;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server's clock for browser tests: {@code GET /api/testing/clock} answers "now", {@code POST} with
 * {@code {"freezeAt": instant}} stops time there, with {@code {"advance": "PT50M"}} moves it on. It exists only in
 * test code (never in the jar) and only when {@code worktrackr.testing.clock-endpoint=true} (which
 * {@link IntegrationTest} sets); {@code TestClockEndpointTests} proves both. Signed-in users only, CSRF as anywhere.
 */
@Hidden // not part of the HTTP contract
@RestController
@ConditionalOnProperty(name = "worktrackr.testing.clock-endpoint", havingValue = "true")
public class TestClockController {

    public record ClockChange(
            @Nullable Instant freezeAt, @Nullable Duration advance) {}

    public record Now(Instant now) {}

    private final MutableClock clock;

    TestClockController(MutableClock clock) {
        this.clock = clock;
    }

    @GetMapping("/api/testing/clock")
    Now now() {
        return new Now(clock.instant());
    }

    @PostMapping("/api/testing/clock")
    Now change(@RequestBody ClockChange change) {
        if (change.freezeAt() != null) {
            clock.freeze(change.freezeAt());
        }
        if (change.advance() != null) {
            clock.advance(change.advance());
        }
        return now();
    }
}
